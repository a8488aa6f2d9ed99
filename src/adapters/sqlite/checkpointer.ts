// WAL checkpoints off the request thread. SQLite normally copies the write-ahead log back into the
// database inside whichever commit crosses the threshold, fsync included: tens of milliseconds during
// which the server's only thread answers nobody. A worker thread with its own connection does it
// instead, without blocking readers or writers (PASSIVE); the server's connection only falls back to
// checkpointing itself if the log ever grows far beyond what the worker keeps it at.
import type Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'

/** The server's own connection checkpoints only past this many pages (~40 MB): a safety net. */
export const FALLBACK_CHECKPOINT_PAGES = 10_000
const EVERY_MS = 250

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 50')
const tick = () => { try { db.pragma('wal_checkpoint(PASSIVE)') } catch {} }
const timer = setInterval(tick, workerData.everyMs)
parentPort.on('message', () => { clearInterval(timer); tick(); db.close(); parentPort.close() })
`

/** Starts the worker; `stop` asks it to close its connection (it finishes on its own time). */
export function startCheckpointer(path: string): { stop(): void } {
  const worker = new Worker(WORKER, { eval: true, workerData: { path, module: require.resolve('better-sqlite3'), everyMs: EVERY_MS } })
  worker.unref()
  worker.on('error', () => undefined) // the fallback threshold keeps the log bounded without it
  return { stop: () => worker.postMessage('stop') }
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
