// 还需家访 on the demo school: each teacher sees the families they own and nobody else's, special
// families first, a family drops out once a visit is proposed, callers who own no families see none,
// and the reads do not deepen as a teacher's families grow.
import type { Family } from '../../src/core/model/family.schema'
import type { NewDoc } from '../../src/core/ports/doc-store'
import { hasAnyRole, STAFF } from '../../src/core/roles'
import { demo } from '../support/demo'
import { traceDepth } from '../support/round-trips'
import { TWO_OPTIONS } from '../support/visits'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, now } = serverOnMovedClock() // Tuesday 10:00 in Shanghai, autumn semester 2026
let trace: ReturnType<typeof traceDepth>
beforeAll(async () => {
  trace = traceDepth(srv.store)
})

const worklist = async (userId: string) => ok(await srv.call(userId, 'coverage', 'worklist', {}))
const families = async (where: Record<string, string | boolean>) =>
  (await srv.direct.find('families', { where, limit: 100 })) as unknown as Family[]
const staffIdOf = (userId: string) => demo.staffOf(userId)._id
const qsStaff = demo.staff.filter((s) => s.schoolId === demo.schoolId && s.status === 'active' && hasAnyRole(s.roles, STAFF))
const userOf = (staffId: string) => demo.users.find((u) => u.staffId === staffId)!._id

test('a head teacher sees exactly the families they own, each once, with its children in this school', async () => {
  const head = demo.headTeacher('cls-qs-3-2')
  const owned = await families({ ownerId: staffIdOf(head), active: true })
  const w = await worklist(head)
  expect(w.rows.map((r) => r.familyId).sort()).toEqual(owned.map((f) => f._id).sort())
  expect(w.inProgress + w.done).toBe(0)
  const row = w.rows[0]!
  const kids = demo.students.filter((s) => s.familyId === row.familyId)
  expect(row.children.map((c) => c.name).sort()).toEqual(kids.map((k) => k.name).sort())
  expect(kids.map((k) => k._id)).toContain(row.studentId)
  expect(w.periods.semester).toEqual({ id: '2026-autumn', label: '2026–2027学年秋季学期', last: '2027-01-31' })
})

test("a mentor owns a mentee's family: it is on the mentor's list, not the head teacher's", async () => {
  const mentee = demo.students.find((s) => s.schoolId === demo.schoolId && s.mentorIds.length > 0)!
  const family = (await srv.direct.get('families', mentee.familyId)) as unknown as Family
  expect(family.ownerWhy).toBe('mentor')
  const mentorRows = await worklist(userOf(family.ownerId!))
  expect(mentorRows.rows.map((r) => r.familyId)).toContain(mentee.familyId)
  const headRows = await worklist(demo.headTeacher(mentee.classId))
  expect(headRows.rows.map((r) => r.familyId)).not.toContain(mentee.familyId)
})

test('a family with children in two classes appears once, on one teacher’s list, with both children', async () => {
  const byFamily = new Map<string, Set<string>>()
  for (const s of demo.students.filter((x) => x.schoolId === demo.schoolId))
    byFamily.set(s.familyId, (byFamily.get(s.familyId) ?? new Set()).add(s.classId))
  const siblings = [...byFamily].find(([, classes]) => classes.size === 2)![0]
  const lists = await Promise.all(qsStaff.filter((s) => s.userId).map((s) => worklist(userOf(s._id))))
  const rows = lists.flatMap((w) => w.rows.filter((r) => r.familyId === siblings))
  expect(rows).toHaveLength(1)
  expect(new Set(rows[0]!.children.map((c) => c.className)).size).toBe(2)
})

test('special families come first, those not visited last semester first among them', async () => {
  const w = await worklist(demo.headTeacher('cls-qs-3-2'))
  const firstRegular = w.rows.findIndex((r) => !r.special)
  expect(firstRegular).toBeGreaterThan(0)
  expect(w.rows.slice(firstRegular).every((r) => !r.special)).toBe(true)
  expect(w.rows.filter((r) => r.special).every((r) => r.deadline === '2027-01-31')).toBe(true)
  expect(w.rows.filter((r) => !r.special).every((r) => r.deadline === '2027-08-31')).toBe(true)
})

test('a visit last semester clears the red mark and shows as the last visit', async () => {
  // The spring semester of the 2025–2026 school year.
  const head = demo.headTeacher('cls-qs-3-2')
  // The demo school has no visits before this semester: nobody is marked as missed until it has some.
  expect((await worklist(head)).rows.some((r) => r.missedLast)).toBe(false)
  const other = demo.students.find((s) => s.schoolId === demo.schoolId && s.classId !== 'cls-qs-3-2')!
  await srv.direct.insert('claims', claimDoc(other.familyId, '2025-spring', 'completed'))
  const special = (await worklist(head)).rows.find((r) => r.special && r.missedLast)!
  await srv.direct.insert('claims', {
    ...claimDoc(special.familyId, '2025-spring', 'completed'),
    startAt: '2026-05-12T07:00:00.000Z',
  })
  const rows = (await worklist(head)).rows
  const after = rows.find((r) => r.familyId === special.familyId)!
  // Now behind the special families still marked red, still ahead of every other family.
  expect(rows.map((r) => (r.special ? (r.missedLast ? 'red' : 'special') : 'other')).join()).toMatch(/^(red,)*special(,other)+$/)
  expect(after).toMatchObject({ missedLast: false, lastVisit: { startAt: '2026-05-12T07:00:00.000Z', teacherName: '王老师' } })
})

test('a proposed visit takes the family off the list and counts it as in progress; a completed one as done', async () => {
  const head = demo.headTeacher('cls-qs-3-2')
  const before = await worklist(head)
  const [first, second] = before.rows
  ok(await srv.call(head, 'visits', 'propose', { studentId: first!.studentId, topic: '了解孩子近况', options: TWO_OPTIONS }))
  await srv.direct.insert('claims', claimDoc(second!.familyId, second!.special ? '2026-autumn' : '2026-year', 'completed'))
  const after = await worklist(head)
  expect(after.rows.map((r) => r.familyId)).toEqual(before.rows.slice(2).map((r) => r.familyId))
  expect(after).toMatchObject({ inProgress: before.inProgress + 1, done: before.done + 1 })
})

test('a parent or a school admin is refused like any action beyond their role; another school sees none of this one', async () => {
  const parent = demo.familiesOf('cls-qs-3-2')[0]!.parent
  for (const who of [parent, demo.admin()]) {
    expect(await srv.callRaw(who, 'coverage', 'worklist', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  }
  const other = await worklist(demo.headTeacherOfOtherSchool())
  const qsFamilies = new Set(demo.students.filter((s) => s.schoolId === demo.schoolId).map((s) => s.familyId))
  expect(other.rows.length).toBeGreaterThan(0)
  expect(other.rows.filter((r) => qsFamilies.has(r.familyId))).toEqual([])
})

test('an unknown field is refused in Chinese and nothing changes', async () => {
  const before = await fingerprint(srv.direct)
  const res = await srv.callRaw(demo.headTeacher(), 'coverage', 'worklist', { teacherId: 'stf-qs-001' })
  expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  expect(!res.ok && res.error.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(await fingerprint(srv.direct)).toBe(before)
})

test('reads stay two stages deep as a teacher’s families grow; other teachers’ families change nothing', async () => {
  const head = demo.headTeacher('cls-qs-2-1')
  const measure = async () => {
    await worklist(head) // the calendar is kept after the first read
    const trips = srv.store.roundTrips
    trace.reset()
    const w = await worklist(head)
    return { trips: srv.store.roundTrips - trips, depth: trace.depth, rows: w.rows.length }
  }
  const demoRun = await measure()
  await addFamilies(60, staffIdOf(demo.headTeacher('cls-qs-2-2')), 'x')
  expect(await measure()).toEqual(demoRun)
  await addFamilies(50, staffIdOf(head), 'y')
  const grown = await measure()
  expect(grown.rows).toBe(demoRun.rows + 50)
  expect(grown.depth).toBe(demoRun.depth)
  // Only the parallel reads grow: children per 20 families and claims per 50.
  const chunks = (n: number) => Math.ceil(n / 20) + Math.ceil(n / 50)
  expect(grown.trips - demoRun.trips).toBe(chunks(demoRun.rows + 50) - chunks(demoRun.rows))
})

test('a teacher with more families than one read returns gets them all, each once', async () => {
  const principal = demo.principal()
  const before = (await worklist(principal)).rows.length
  await addFamilies(130, staffIdOf(principal), 'z')
  const rows = (await worklist(principal)).rows
  expect(rows).toHaveLength(before + 130)
  expect(new Set(rows.map((r) => r.familyId)).size).toBe(rows.length)
})

function claimDoc(familyId: string, periodId: string, state: 'proposed' | 'completed'): NewDoc {
  const special = periodId.endsWith('autumn') || periodId.endsWith('spring')
  return {
    _id: `claim:${familyId}:${periodId}`,
    schoolId: demo.schoolId,
    familyId,
    periodId,
    classId: 'cls-qs-3-2',
    grade: 3,
    special,
    teacherId: 'stf-qs-other',
    teacherName: '王老师',
    visitId: `vis-${familyId}`,
    state,
    startAt: state === 'completed' ? '2026-11-20T07:00:00.000Z' : null,
    coVisitorIds: [],
    at: now().toISOString(),
  }
}

/** Families owned by `ownerId`, one child each in class 2-1, as a refresh after an import leaves them. */
async function addFamilies(n: number, ownerId: string, tag: string) {
  const ops = Array.from({ length: n }, (_, i) => {
    const familyId = `fam-${tag}-${i}`
    const family = { _id: familyId, schoolId: demo.schoolId, classId: 'cls-qs-2-1', grade: 2, special: i % 5 === 0, active: true }
    const student = {
      _id: `stu-${tag}-${i}`,
      schoolId: demo.schoolId,
      classId: 'cls-qs-2-1',
      familyId,
      studentNo: `9${tag}${String(i).padStart(4, '0')}`,
      name: `学生${i}`,
      gender: 'F',
      birthMonth: '2019-03',
      mentorIds: [],
      difficultySubjects: [],
    }
    return [
      { kind: 'insert' as const, coll: 'families' as const, doc: { ...family, ownerId, ownerWhy: 'head_teacher', assignment: null } },
      { kind: 'insert' as const, coll: 'students' as const, doc: student },
    ]
  })
  expect(await srv.direct.batch(ops.flat())).toEqual({ ok: true })
}
