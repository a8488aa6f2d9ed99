// Record benchmark (figures, not pass/fail), in process on SQLite behind the sealing layer, at district
// scale (`--quick`: a tenth): submitting a visit record (targets p95 ≤ 50 ms) and reading the archive
// of a student with 20 recorded visits (≤ 30 ms). Held visits of the generated district get a
// complete prep pack first (the gate), then each is recorded once by its own teacher.
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
import { FULL_DISTRICT, QUICK_DISTRICT } from '../../src/server/seed/district'
import { sampleRecord } from '../support/record'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'
const SUBMITS = quick ? 60 : 200

async function main() {
  const district = await ensureDistrict(quick ? 'quick' : 'full', quick ? QUICK_DISTRICT : FULL_DISTRICT, NOW, console.log)
  const dir = mkdtempSync(join(tmpdir(), 'jf-record-bench-'))
  const engine = new SqliteStore(workingCopy(district.dbPath, dir))
  const ring = createKeyRing(BENCH_KEY)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const deps = { store, files: createDiskStorage(join(dir, 'files'), ring) }
  let seq = 0
  const call = async (userId: string, action: string, input: unknown) => {
    const before = store.roundTrips
    const t = process.hrtime.bigint()
    const res = await dispatch('visits', { action, input, requestId: `bench-${++seq}` }, { kind: 'user', userId }, deps, {
      routes: ROUTES,
      now: NOW,
    })
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    if (!res.ok) throw new Error(`visits.${action}: ${res.error.code} ${res.error.message}`)
    return { ms, trips: store.roundTrips - before, data: res.data }
  }
  // Agreed visits whose time has passed: held, waiting for their record.
  const held = (
    await Promise.all(
      [0, 100, 200].map((skip) =>
        store.find('visits', { where: { status: 'scheduled', startAt: { lt: NOW.toISOString() } }, limit: 100, skip }),
      ),
    )
  )
    .flat()
    .slice(0, SUBMITS)
  for (const v of held) {
    const [visitId, schoolId] = [v._id, String(v.schoolId)]
    await store.insert('visit_preps', {
      _id: visitId,
      visitId,
      schoolId,
      outline: [{ domain: 'study', kind: 'strength', text: '上课发言积极' }],
      questions: ['孩子在家怎么安排作业时间？'],
      talkedWithStudent: true,
      updatedAt: NOW.toISOString(),
      updatedBy: 'bench',
    })
  }
  const submits: number[] = []
  const trips = new Set<number>()
  for (const v of held) {
    const r = await call(v.teacherUserId as string, 'submitRecord', { visitId: v._id, record: sampleRecord() })
    submits.push(r.ms)
    trips.add(r.trips)
  }
  // One student with 20 recorded visits: the first recorded visit, copied 19 times into earlier years.
  const first = held[0]!
  const record = await store.get('visit_records', first._id)
  for (let i = 1; i < 20; i++) {
    const id = `${first._id}-h${i}`
    const startAt = new Date(Date.parse(first.startAt as string) - i * 90 * 86400e3).toISOString()
    const { _v: _vv, ...visit } = first
    await store.insert('visits', { ...visit, _id: id, status: 'completed', startAt })
    const { _v: _rv, ...rec } = record!
    await store.insert('visit_records', { ...rec, _id: id, visitId: id })
  }
  const studentId = (first.studentIds as string[])[0]!
  const reads: number[] = []
  const readTrips = new Set<number>()
  for (let i = 0; i < (quick ? 60 : 200); i++) {
    const r = await call(first.teacherUserId as string, 'archive', { studentId })
    if (i === 0 && (r.data as { visits: unknown[] }).visits.length < 20) throw new Error('archive: expected 20 visits')
    reads.push(r.ms)
    readTrips.add(r.trips)
  }
  engine.close()
  rmSync(dir, { recursive: true, force: true })
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!
  console.log(`\n${quick ? '学区 1/10' : '学区（50 所，40,000 名学生）'}`)
  console.log('| 操作 | 次数 | p50 ms | p95 ms | 往返次数 |')
  console.log('|---|---|---|---|---|')
  console.log(
    `| visits.submitRecord | ${submits.length} | ${at(submits, 0.5).toFixed(2)} | ${at(submits, 0.95).toFixed(2)} | ${[...trips].join('/')} |`,
  )
  console.log(
    `| visits.archive（20 次家访） | ${reads.length} | ${at(reads, 0.5).toFixed(2)} | ${at(reads, 0.95).toFixed(2)} | ${[...readTrips].join('/')} |`,
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
