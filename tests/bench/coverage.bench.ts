// Coverage benchmark (figures, not pass/fail): the teacher worklist and the school plan board, in
// process on the real SQLite engine behind the sealing layer, on one school of 2,000 students (1×)
// and on the district of 50 schools / 40,000 students (`--quick`: a tenth of it). p50/p95 and
// database round trips per call; the round trips must be the same at every size.
// Targets (issue 10): worklist p95 ≤ 20 ms, school plan board p95 ≤ 100 ms.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { FULL_DISTRICT, QUICK_DISTRICT, type DistrictSize } from '../../src/server/seed/district'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'
const ONE_SCHOOL: DistrictSize = { schools: 1, students: 2_000, families: 1_800, staff: 150, parentsOnWeChat: 1_500, visits: 3_000 }
const RUNS = quick ? 40 : 200

type Row = { size: string; action: string; p50: number; p95: number; trips: number; calls: number }

async function main() {
  const sizes: Array<[string, DistrictSize]> = [
    ['1 所学校 2,000 名学生', ONE_SCHOOL],
    quick ? ['学区 1/10（5 所，4,000 名学生）', QUICK_DISTRICT] : ['学区（50 所，40,000 名学生）', FULL_DISTRICT],
  ]
  const rows: Row[] = []
  for (const [label, size] of sizes) {
    const district = await ensureDistrict(`coverage-${size.schools}`, size, NOW, console.log)
    const dir = mkdtempSync(join(tmpdir(), 'jf-cov-bench-'))
    const engine = new SqliteStore(workingCopy(district.dbPath, dir))
    const ring = createKeyRing(BENCH_KEY)
    const store = new SealedStore(engine, createFieldCipher(ring))
    const deps = { store, files: createDiskStorage(join(dir, 'files'), ring) }
    const m = district.manifest
    const call = async (userId: string, action: string) => {
      const before = store.roundTrips
      const t = process.hrtime.bigint()
      const res = await dispatch('coverage', { action, input: {} }, { kind: 'user', userId }, deps, { routes: ROUTES, now: NOW })
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      if (!res.ok) throw new Error(`coverage.${action} for ${userId}: ${res.error.code} ${res.error.message}`)
      return { ms, trips: store.roundTrips - before }
    }
    const teachers = m.headTeachers.map((h) => h.userId)
    rows.push(await measure(label, 'coverage.worklist（班主任）', (i) => call(teachers[i % teachers.length]!, 'worklist')))
    rows.push(await measure(label, 'coverage.board（校长）', (i) => call(m.principals[i % m.principals.length]!, 'board')))
    engine.close()
    rmSync(dir, { recursive: true, force: true })
  }
  console.log('\n| 数据规模 | 操作 | p50 ms | p95 ms | 往返次数 |')
  console.log('|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.size} | ${r.action} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.trips} |`)
}

async function measure(size: string, action: string, once: (i: number) => Promise<{ ms: number; trips: number }>): Promise<Row> {
  for (let i = 0; i < 10; i++) await once(i)
  const times: number[] = []
  const trips = new Set<number>()
  for (let i = 0; i < RUNS; i++) {
    const r = await once(i)
    times.push(r.ms)
    trips.add(r.trips)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { size, action, p50: at(0.5), p95: at(0.95), trips: Math.max(...trips), calls: RUNS }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
