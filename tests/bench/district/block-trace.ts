// JF_BENCH_TRACE=1: print each event-loop block over 40 ms with what overlapped it (GC pauses, the
// write-ahead log's size), to tell a checkpoint inside a commit from a garbage collection.
import { statSync } from 'node:fs'
import { performance, PerformanceObserver } from 'node:perf_hooks'
import type { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'

export function traceBlocks(dbPath: string, engine: SqliteStore): void {
  const gcs: Array<{ start: number; ms: number; kind: number }> = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      gcs.push({ start: e.startTime, ms: e.duration, kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0 })
    if (gcs.length > 200) gcs.splice(0, gcs.length - 200)
  }).observe({ entryTypes: ['gc'] })
  const walMB = () => {
    try {
      return statSync(`${dbPath}-wal`).size / 1e6
    } catch {
      return 0
    }
  }
  let last = performance.now()
  setInterval(() => {
    const now = performance.now()
    const lag = now - last - 10
    last = now
    const p = engine.profile
    const slow = p?.slowest
    if (p) p.slowest = { ns: 0, sql: '' }
    if (lag < 40) return
    const overlapping = gcs.filter((g) => g.start + g.ms >= now - lag - 10)
    const gcMs = overlapping.reduce((a, g) => a + g.ms, 0)
    process.stderr.write(
      `[block] ${lag.toFixed(0)} ms; gc ${gcMs.toFixed(0)} ms (${overlapping.map((g) => g.kind).join(',')}); wal ${walMB().toFixed(1)} MB, ${engine.logRestarts.count} restarts (longest ${engine.logRestarts.longestMs.toFixed(1)} ms); slowest statement ${((slow?.ns ?? 0) / 1e6).toFixed(1)} ms ${slow?.sql.slice(0, 60) ?? ''}\n`,
    )
  }, 10).unref()
}
