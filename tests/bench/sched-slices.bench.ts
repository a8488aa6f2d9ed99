// The scheduler's slices on the full district (`--quick`: the quick one), in process: the six longest,
// each with its statements and SQLite's own time, to tell a slow query or a checkpoint inside a commit
// from our own code (issue 9: background work holds the thread ≤ ~50 ms at a time). Two runs: the
// first finds a week of backlog (reminders, stored answers to purge), the second almost nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { runScheduler } from '../../src/api/scheduler'
import { FULL_DISTRICT, QUICK_DISTRICT } from '../../src/server/seed/district'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const quick = process.argv.includes('--quick')

async function main() {
  const district = await ensureDistrict(quick ? 'quick' : 'full', quick ? QUICK_DISTRICT : FULL_DISTRICT, NOW, console.log)
  const work = mkdtempSync(join(tmpdir(), 'jf-sched-'))
  const engine = new SqliteStore(workingCopy(district.dbPath, work))
  const ring = createKeyRing(BENCH_KEY)
  const deps = {
    store: new SealedStore(engine, createFieldCipher(ring)),
    notifier: createLocalNotifier(),
    files: createDiskStorage(join(work, 'files'), ring),
  }
  for (const run of [1, 2]) {
    const slices: Array<{ ms: number; what: string }> = []
    let last = performance.now()
    const fresh = () => (engine.profile = { ns: 0, statements: 0, slowest: { ns: 0, sql: '' } })
    fresh()
    const pause = async () => {
      const t = performance.now()
      const p = engine.profile!
      const sql = `${p.statements} statements, SQLite ${(p.ns / 1e6).toFixed(1)} ms, slowest ${(p.slowest!.ns / 1e6).toFixed(1)} ms ${p.slowest!.sql.slice(0, 80)}`
      slices.push({ ms: t - last, what: sql })
      fresh()
      await new Promise<void>((r) => setImmediate(r))
      last = performance.now()
    }
    const t = performance.now()
    const stats = await runScheduler(deps, NOW, { pause })
    console.log(
      `run ${run}: ${(performance.now() - t).toFixed(0)} ms, ${slices.length} pauses, log restarts ${JSON.stringify(engine.logRestarts)}; purged ${stats.purged}`,
    )
    for (const s of [...slices].sort((a, b) => b.ms - a.ms).slice(0, 6)) console.log(`  ${s.ms.toFixed(1)} ms slice: ${s.what}`)
  }
  engine.close()
  rmSync(work, { recursive: true, force: true })
}
void main()
