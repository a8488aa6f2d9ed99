// WAL checkpoints off the request thread. SQLite normally copies the write-ahead log back into the
// database inside whichever commit crosses the threshold, fsync included: tens of milliseconds during
// which the server's only thread answers nobody. A worker thread with its own connection does the
// copying instead, without blocking readers or writers (PASSIVE).
//
// PASSIVE never lets the log start again from its beginning while commits keep arriving, so under
// steady writes the log used to grow to the fallback threshold, and a commit on the server's thread
// then copied what was left: 40–60 ms (measured at district scale). So once the log is long, the worker
// copies every few milliseconds, and each time only a few pages are left it says so in shared memory; the server's thread, after its
// next write, restarts the log if that news is fresh: a RESTART with almost nothing left to copy, that
// gives up at once rather than wait for a lock (`restartLog`).
import type Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'

/**
 * The server's own connection checkpoints only past this many pages (~200 MB): a safety net for a worker
 * that died or a burst it cannot follow. At 10,000 pages a burst of writes (the scheduler's first purge
 * of a week of stored answers) reached it before the worker's first pass, and a commit on the server's
 * thread copied 40 MB: 40–70 ms.
 */
const FALLBACK_CHECKPOINT_PAGES = 50_000
/** What a log file is cut back to once restarted, after a burst grew it. */
const KEPT_LOG_BYTES = 64 * 1024 * 1024
/** How the worker paces itself; tests shrink it to see a restart in a moment. */
export type CheckpointPolicy = { everyMs: number; soonMs: number; sustainedMs: number; restartPages: number; leftPages: number }
/**
 * A log at least this long (~8 MB) for at least a second is restarted once the worker has copied all
 * but ~100 pages of it. A shorter burst needs nothing: once writes pause, the worker copies the rest and
 * the next commit starts the log again by itself, at no cost to the server's thread (a restart on it
 * costs the last pages' copy and two fsyncs, 25–65 ms right after a burst).
 */
export const CHECKPOINTS: CheckpointPolicy = {
  everyMs: 250,
  /** While the log is long: copy again this soon, so what is left stays a few milliseconds of writes. */
  soonMs: 10,
  sustainedMs: 1_000,
  restartPages: 2_000,
  leftPages: 100,
}
/** News older than this is stale: more pages have been written since. */
const FRESH_MS = 5

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 50')
const news = new BigInt64Array(workerData.news)
let timer = null
let longSince = null
const tick = () => {
  let wait = workerData.everyMs
  try {
    const r = db.pragma('wal_checkpoint(PASSIVE)')[0]
    if (!r || r.busy || r.log < workerData.restartPages) longSince = null
    else {
      wait = workerData.soonMs
      longSince ??= Date.now()
      if (Date.now() - longSince >= workerData.sustainedMs && r.log - r.checkpointed <= workerData.leftPages) {
        Atomics.store(news, 1, BigInt(Date.now()))
        Atomics.add(news, 0, 1n)
      }
    }
  } catch {}
  timer = setTimeout(tick, wait)
}
timer = setTimeout(tick, workerData.everyMs)
parentPort.on('message', () => { clearTimeout(timer); try { db.pragma('wal_checkpoint(PASSIVE)') } catch {} db.close(); parentPort.close() })
`

export type Checkpointer = {
  /** After a write on the server's connection: restarts the log if the worker has just caught up with it. */
  afterWrite(db: Database.Database): void
  readonly restarts: { count: number; longestMs: number }
  stop(): void
}

/**
 * For a connection to a file in WAL mode (not `:memory:`): the fallback, the log's kept size, and the
 * worker. `stop` asks the worker to close its connection (it finishes on its own time).
 */
export function startCheckpointer(db: Database.Database, path: string, policy: CheckpointPolicy = CHECKPOINTS): Checkpointer | null {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return null
  db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`)
  db.pragma(`journal_size_limit = ${KEPT_LOG_BYTES}`)
  // [0] catch-ups so far, [1] when the last one happened (ms since the epoch)
  const news = new BigInt64Array(new SharedArrayBuffer(16))
  const workerData = { path, module: require.resolve('better-sqlite3'), ...policy, news: news.buffer }
  const worker = new Worker(WORKER, { eval: true, workerData })
  worker.unref()
  worker.on('error', () => undefined) // the fallback threshold keeps the log bounded without it
  let seen = 0n
  const restarts = { count: 0, longestMs: 0 }
  return {
    restarts,
    afterWrite(db) {
      const count = Atomics.load(news, 0)
      if (count === seen) return
      seen = count
      if (Date.now() - Number(Atomics.load(news, 1)) > FRESH_MS) return
      const start = performance.now()
      if (restartLog(db)) restarts.count++
      restarts.longestMs = Math.max(restarts.longestMs, performance.now() - start)
    },
    stop: () => worker.postMessage('stop'),
  }
}

/**
 * Copy the whole log into the database file and empty it. While the worker is checkpointing, SQLite
 * answers "busy" at once (the busy timeout does not cover the checkpoint lock) and copies nothing: a
 * copy of the file alone would then lose every write still in the log. So ask again until it is done.
 */
export function checkpointWhole(db: Database.Database, maxWaitMs = 5_000): void {
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (const start = Date.now(); Date.now() - start < maxWaitMs; Atomics.wait(pause, 0, 0, 5)) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>
    if (result?.busy === 0) return
  }
  throw new Error(`the write-ahead log could not be checkpointed within ${maxWaitMs} ms`)
}

/**
 * Let the log start again from its beginning, if that is quick: nothing is waited for (a writer, a
 * reader, the worker busy checkpointing); the next time the worker catches up is as good.
 */
function restartLog(db: Database.Database): boolean {
  if (!db.open || db.inTransaction) return false
  const wait = db.pragma('busy_timeout', { simple: true }) as number
  db.pragma('busy_timeout = 0')
  try {
    const [r] = db.pragma('wal_checkpoint(RESTART)') as Array<{ busy: number }>
    return r?.busy === 0
  } catch {
    return false // closing: left to the next time
  } finally {
    db.pragma(`busy_timeout = ${wait}`)
  }
}
