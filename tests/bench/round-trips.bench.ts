// Benchmark (not a test): database round trips and latency per action, on the demo district and
// again after adding ~20,000 students and ~10,000 visits in other schools. Round trips must not grow.
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { buildDemoData } from '../../src/server/seed/demo-school'
import { BindingSchema, StudentSchema } from '../../src/core/model/family.schema'
import { StaffSchema } from '../../src/core/model/people.schema'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const data = buildDemoData(NOW.toISOString())
const staff = StaffSchema.omit({ _v: true }).array().parse(data.staff)
const bindings = BindingSchema.omit({ _v: true }).array().parse(data.bindings)
const students = StudentSchema.omit({ _v: true }).array().parse(data.students)
const staffUser = (pred: (s: (typeof staff)[number]) => boolean) => `usr-${staff.find(pred)!._id}`
const head = staffUser((s) => s.headClassIds.includes('cls-qs-3-2'))
const admin = staffUser((s) => s.schoolId === 'sch-qs' && s.roles.includes('school_admin'))
const parentBinding = bindings.find((b) => b.status === 'approved' && b.classId === 'cls-qs-3-2')!
const student = students.find((s) => s.classId === 'cls-qs-3-2')!

type Case = [label: string, userId: string, fn: string, action: string, input: () => unknown]
const CASES: Case[] = [
  ['auth.me', head, 'auth', 'me', () => ({})],
  ['roster.myClasses', head, 'roster', 'myClasses', () => ({})],
  ['roster.classStudents', head, 'roster', 'classStudents', () => ({ classId: 'cls-qs-3-2' })],
  ['roster.myChildren', parentBinding.userId, 'roster', 'myChildren', () => ({})],
  ['roster.schoolOverview', admin, 'roster', 'schoolOverview', () => ({})],
  ['privacy.familyProfile', head, 'privacy', 'familyProfile', () => ({ studentId: student._id, reason: 'visit_prep' })],
  ['accounts.listStaff', admin, 'accounts', 'listStaff', () => ({})],
  ['visits.myAgenda', head, 'visits', 'myAgenda', () => ({ from: '2026-12-01', days: 7 })],
  ['visits.myFamilyVisits', parentBinding.userId, 'visits', 'myFamilyVisits', () => ({})],
  ['coverage.worklist', head, 'coverage', 'worklist', () => ({})],
  ['notify.inbox', parentBinding.userId, 'notify', 'inbox', () => ({})],
]

async function measure(store: DocStore, files: ReturnType<typeof createDiskStorage>) {
  const rows: Record<string, { trips: number; ms: number }> = {}
  for (const [label, userId, fn, action, input] of CASES) {
    const runs: number[] = []
    let trips = 0
    for (let i = 0; i < 30; i++) {
      const before = store.roundTrips
      const t = process.hrtime.bigint()
      const res = await dispatch(fn, { action, input: input() }, { kind: 'user', userId }, { store, files }, { routes: ROUTES, now: NOW })
      runs.push(Number(process.hrtime.bigint() - t) / 1e6)
      trips = store.roundTrips - before
      if (!res.ok) throw new Error(`${label}: ${res.error.code}`)
    }
    runs.sort((a, b) => a - b)
    rows[label] = { trips, ms: runs[Math.floor(runs.length / 2)]! }
  }
  return rows
}

/** Write paths: a proposal and the parent's acceptance, for a family not used before. */
async function measureWrites(store: DocStore, files: ReturnType<typeof createDiskStorage>, binding: (typeof bindings)[number]) {
  const kid = students.find((s) => s._id === binding.studentId)!
  const teacher = staffUser((s) => s.headClassIds.includes(kid.classId))
  const deps = { store, files }
  const opts = { routes: ROUTES, now: NOW }
  const day = binding.classId === 'cls-qs-2-1' ? '2026-12-03' : '2026-12-04'
  let before = store.roundTrips
  const proposed = await dispatch(
    'visits',
    {
      action: 'propose',
      input: {
        studentId: kid._id,
        topic: '家访',
        options: [{ startAt: `${day}T15:00:00+08:00`, endAt: `${day}T16:00:00+08:00`, format: 'home', place: null }],
      },
    },
    { kind: 'user', userId: teacher },
    deps,
    opts,
  )
  const proposeTrips = store.roundTrips - before
  if (!proposed.ok) throw new Error(`propose: ${proposed.error.code}`)
  const v = proposed.data as { visitId: string; version: number; options: Array<{ id: string }> }
  before = store.roundTrips
  const accepted = await dispatch(
    'visits',
    { action: 'respond', input: { visitId: v.visitId, version: v.version, command: { kind: 'accept', optionId: v.options[0]!.id } } },
    { kind: 'user', userId: binding.userId },
    deps,
    opts,
  )
  if (!accepted.ok) throw new Error(`accept: ${accepted.error.code}`)
  return { propose: proposeTrips, accept: store.roundTrips - before }
}

async function grow(store: DocStore) {
  const ops: WriteOp[] = []
  for (let i = 0; i < 20000; i++) {
    const school = `sch-x${i % 20}`
    ops.push({
      kind: 'insert',
      coll: 'students',
      doc: {
        _id: `stu-x${i}`,
        schoolId: school,
        classId: `cls-x${i % 400}`,
        familyId: `fam-x${i}`,
        studentNo: `X${i}`,
        name: '学生',
        gender: 'M',
        birthMonth: '2018-01',
        mentorIds: [],
        difficultySubjects: [],
      },
    })
    if (i % 2 === 0)
      ops.push({
        kind: 'insert',
        coll: 'visits',
        doc: {
          _id: `vis-x${i}`,
          schoolId: school,
          familyId: `fam-x${i}`,
          studentIds: [`stu-x${i}`],
          teacherId: `stf-x${i % 300}`,
          status: 'scheduled',
          startAt: '2026-12-02T02:00:00.000Z',
          updatedAt: '2026-12-01T00:00:00.000Z',
        },
      })
    if (i % 3 === 0)
      ops.push({
        kind: 'insert',
        coll: 'bindings',
        doc: {
          _id: `bnd-x${i}`,
          schoolId: school,
          classId: `cls-x${i % 400}`,
          userId: `usr-x${i}`,
          studentId: `stu-x${i}`,
          status: 'approved',
        },
      })
  }
  const r = await store.batch(ops)
  if (!r.ok) throw new Error('grow failed')
}

async function main() {
  const engine = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'jf-bench-')), 'bench.db'))
  const ring = createKeyRing('ab'.repeat(32))
  const store = new SealedStore(engine, createFieldCipher(ring))
  const files = createDiskStorage(mkdtempSync(join(tmpdir(), 'jf-bench-files-')), ring)
  await seedDemoIfEmpty(store, NOW)
  const small = await measure(store, files)
  const [b1, b2] = bindings
    .filter((b) => b.status === 'approved' && (b.classId === 'cls-qs-2-1' || b.classId === 'cls-qs-4-1'))
    .filter((b, i, all) => all.findIndex((x) => x.classId === b.classId) === i)
  const writesSmall = await measureWrites(store, files, b1!)
  const t = Date.now()
  await grow(store)
  const growMs = Date.now() - t
  const large = await measure(store, files)
  const writesLarge = await measureWrites(store, files, b2!)
  console.log(`\n数据库往返次数与耗时（SQLite，中位数，30次）— 演示区 vs. 另加 2 万学生 / 1 万家访（写入 ${growMs} ms）`)
  console.log(['action'.padEnd(24), 'trips(demo)', 'trips(large)', 'ms(demo)', 'ms(large)'].join('  '))
  let same = true
  for (const label of Object.keys(small)) {
    const a = small[label]!
    const b = large[label]!
    same &&= a.trips === b.trips
    console.log(
      [
        label.padEnd(24),
        String(a.trips).padStart(11),
        String(b.trips).padStart(12),
        a.ms.toFixed(2).padStart(8),
        b.ms.toFixed(2).padStart(9),
      ].join('  '),
    )
  }
  for (const k of ['propose', 'accept'] as const) {
    same &&= writesSmall[k] === writesLarge[k]
    console.log([`visits.${k} (write)`.padEnd(24), String(writesSmall[k]).padStart(11), String(writesLarge[k]).padStart(12)].join('  '))
  }
  console.log(same ? '往返次数不随数据量增长。' : '注意：有动作的往返次数随数据量增长！')
  engine.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
