// WAL checkpoints off the request thread. SQLite normally copies the write-ahead log back into the
// database inside whichever commit crosses the threshold, fsync included: tens of milliseconds during
// which the server's only thread answers nobody. A worker thread with its own connection does the
// copying instead, without blocking readers or writers (PASSIVE).
//
// PASSIVE never lets the log start again from its beginning while commits keep arriving, so under
// steady writes the log used to grow to the fallback threshold, and a commit on the server's thread
// then copied what was left: 40–60 ms (measured at district scale). So once the log is long, the worker
// copies until only a few pages are left and says so in shared memory; the server's thread, after its
// next write, restarts the log if that news is fresh: a RESTART with almost nothing left to copy, that
// gives up at once rather than wait for a lock (`restartLog`).
import type Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'

/** The server's own connection checkpoints only past this many pages (~40 MB): a safety net. */
export const FALLBACK_CHECKPOINT_PAGES = 10_000
const EVERY_MS = 250
/** A log at least this long (~8 MB) is restarted once the worker has copied all but ~100 pages of it. */
const RESTART_PAGES = 2_000
const LEFT_PAGES = 100
/** News older than this is stale: more pages have been written since. */
const FRESH_MS = 5

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 50')
const news = new BigInt64Array(workerData.news)
const passive = () => db.pragma('wal_checkpoint(PASSIVE)')[0]
const tick = () => {
  try {
    let r = passive()
    if (!r || r.busy || r.log < workerData.restartPages) return
    // Each pass copies what was written during the last one: a few passes leave almost nothing.
    for (let i = 0; i < 4 && r.log - r.checkpointed > workerData.leftPages; i++) r = passive()
    if (r.busy || r.log - r.checkpointed > workerData.leftPages) return
    Atomics.store(news, 1, BigInt(Date.now()))
    Atomics.add(news, 0, 1n)
  } catch {}
}
const timer = setInterval(tick, workerData.everyMs)
parentPort.on('message', () => { clearInterval(timer); tick(); db.close(); parentPort.close() })
`

export type Checkpointer = {
  /** After a write on the server's connection: restarts the log if the worker has just caught up with it. */
  afterWrite(db: Database.Database): void
  readonly restarts: { count: number; longestMs: number }
  stop(): void
}

/** Starts the worker; `stop` asks it to close its connection (it finishes on its own time). */
export function startCheckpointer(path: string): Checkpointer {
  // [0] catch-ups so far, [1] when the last one happened (ms since the epoch)
  const news = new BigInt64Array(new SharedArrayBuffer(16))
  const workerData = {
    path,
    module: require.resolve('better-sqlite3'),
    everyMs: EVERY_MS,
    restartPages: RESTART_PAGES,
    leftPages: LEFT_PAGES,
    news: news.buffer,
  }
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
