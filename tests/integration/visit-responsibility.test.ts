// Who may start a visit to a family, and what proposing and agreeing open up: role × stage
// (before proposing, after proposing, after the family agreed), with the audit log counted.
import type { Role } from '../../src/core/roles'
import { demo } from '../support/demo'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, now } = serverOnMovedClock()

type D = (typeof demo.students)[number]
type T = (typeof demo.staff)[number]
const staff = demo.staff.filter((s) => s.schoolId === demo.schoolId)
const userOf = (s: T) => demo.users.find((u) => u.staffId === s._id)!._id
const familyOf = (student: D) => demo.students.filter((s) => s.familyId === student.familyId)
const isSpecial = (student: D) => demo.categoriesOf(student.familyId).length > 0
const isHead = (t: T, student: D) => familyOf(student).some((c) => t.headClassIds.includes(c.classId))
const mentors = (t: T, student: D) => familyOf(student).some((c) => c.mentorIds.includes(t._id))
const linked = (t: T, student: D) =>
  familyOf(student).some((c) => t.teachings.some((x) => x.classId === c.classId && c.difficultySubjects.includes(x.subject)))
const teaches = (t: T, student: D) => t.teachings.some((x) => x.classId === student.classId)

/** A special-category family not used by another row, and someone standing to it as `fits` says. */
const used = new Set<string>()
function pick(fits: (t: T, student: D) => boolean): { who: string; student: D } {
  for (const student of demo.students.filter((s) => s.schoolId === demo.schoolId && isSpecial(s) && !used.has(s.familyId))) {
    const t = staff.find((x) => fits(x, student))
    if (!t) continue
    used.add(student.familyId)
    return { who: userOf(t), student }
  }
  throw new Error('the demo seed has no such teacher and family')
}
const has = (t: T, role: Role) => t.roles.some((r) => r === role)
const onlyRole = (role: string) => (t: T) => t.roles.join() === role

type Stage = 'full' | 'masked'
type Propose = 'allowed' | 'refused' | 'forbidden'
type Row = [label: string, find: () => { who: string; student: D }, propose: Propose, before: Stage, proposed: Stage, agreed: Stage | null]

const ROWS: Row[] = [
  [
    'head teacher of the child',
    () => pick((t, s) => has(t, 'head_teacher') && t.headClassIds.includes(s.classId)),
    'allowed',
    'full',
    'full',
    'full',
  ],
  [
    'subject teacher of the class, no difficulty link',
    () => pick((t, s) => onlyRole('subject_teacher')(t) && teaches(t, s) && !linked(t, s)),
    'refused',
    'masked',
    'masked',
    null,
  ],
  [
    'subject teacher with a difficulty link',
    () => pick((t, s) => !has(t, 'head_teacher') && !has(t, 'leader') && linked(t, s) && !mentors(t, s)),
    'allowed',
    'masked',
    'masked',
    'full',
  ],
  [
    'mentor of the child',
    () => pick((t, s) => !has(t, 'head_teacher') && mentors(t, s) && !linked(t, s)),
    'allowed',
    'masked',
    'masked',
    'full',
  ],
  [
    'a mentor who teaches the class but neither mentors the child nor has a link',
    () => pick((t, s) => has(t, 'mentor') && !isHead(t, s) && teaches(t, s) && !mentors(t, s) && !linked(t, s)),
    'refused',
    'masked',
    'masked',
    null,
  ],
  ['middle manager', () => pick(onlyRole('middle_manager')), 'refused', 'masked', 'masked', null],
  ['leader', () => pick((t, s) => has(t, 'leader') && !teaches(t, s)), 'allowed', 'full', 'full', 'full'],
  ['principal', () => pick(onlyRole('principal')), 'allowed', 'full', 'full', 'full'],
  ['school admin', () => pick(onlyRole('school_admin')), 'forbidden', 'full', 'full', null],
]

const slot = (day: number) => ({
  startAt: `2026-12-${String(day).padStart(2, '0')}T15:00:00+08:00`,
  endAt: `2026-12-${String(day).padStart(2, '0')}T16:00:00+08:00`,
  format: 'video' as const,
  place: null,
})

/** Reads the family profile and checks what it shows; returns how many sensitive reads it logged (every read is logged). */
const sensitiveReads = () => srv.direct.count('audit_log', { action: 'family.read_sensitive' })
async function expectProfile(who: string, student: D, stage: Stage): Promise<number> {
  const before = await sensitiveReads()
  const p = ok(await srv.call(who, 'privacy', 'familyProfile', { studentId: student._id, reason: 'visit_prep' }))
  const phones = p.guardians.map((g) => g.phone).filter((x): x is string => !!x)
  expect(phones.length).toBeGreaterThan(0)
  if (stage === 'full') {
    expect(p).toMatchObject({ sensitiveHidden: 'visible', categories: demo.categoriesOf(student.familyId) })
    expect(p.address).toMatch(/大武口区/)
    expect(phones.every((x) => /^1\d{10}$/.test(x))).toBe(true)
  } else {
    expect(p).toMatchObject({ sensitiveHidden: 'not_allowed', categories: null, address: null })
    expect(phones.every((x) => /^1\d{2}\*{4}\d{4}$/.test(x))).toBe(true)
  }
  return (await sensitiveReads()) - before
}

describe.each(ROWS.map((row, i) => [...row, i] as const))('%s', (_label, find, propose, before, proposed, agreed, i) => {
  const { who, student } = find()
  const auditsFor = (stage: Stage) => (stage === 'full' ? 1 : 0)

  const title = `before proposing: ${before}; proposing is ${propose}; after: ${proposed}${agreed ? `; once agreed: ${agreed}` : ''}`
  test(title, async () => {
    expect(await expectProfile(who, student, before)).toBe(auditsFor(before))

    const res = await srv.call(who, 'visits', 'propose', { studentId: student._id, topic: '了解孩子近况', options: [slot(3 + i)] })
    if (propose === 'allowed') expect(res).toMatchObject({ ok: true, data: { status: 'awaiting_parent' } })
    if (propose === 'forbidden') expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    if (propose === 'refused') {
      expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_RESPONSIBLE' } })
      expect(!res.ok && res.error.message).toMatch(/班主任、导师、学困科目的任课老师或学校领导/)
    }
    if (propose !== 'allowed') expect(await srv.store.count('visits', { familyId: student.familyId })).toBe(0)
    expect(await expectProfile(who, student, proposed)).toBe(auditsFor(proposed))
    if (!agreed) return

    const v = ok(res)
    const guardian = demo.guardians.find((g) => g.familyId === student.familyId)!
    ok(
      await srv.call(who, 'visits', 'respond', {
        visitId: v.visitId,
        version: v.version,
        command: { kind: 'phone_agreement', option: slot(3 + i), guardianId: guardian._id },
      }),
    )
    expect(await expectProfile(who, student, agreed)).toBe(auditsFor(agreed))
  })
})

test('a caller who cannot see the child gets exactly the answer for a child that does not exist', async () => {
  const other = staff.find((t) => onlyRole('subject_teacher')(t))!
  const unseen = demo.students.find((s) => s.schoolId === demo.schoolId && !teaches(other, s) && !s.mentorIds.includes(other._id))!
  const print = await fingerprint(srv.store)
  const input = (studentId: string) => ({ studentId, topic: '家访', options: [slot(20)] })
  const hidden = await srv.call(userOf(other), 'visits', 'propose', input(unseen._id))
  const missing = await srv.call(userOf(other), 'visits', 'propose', input('stu-does-not-exist'))
  expect(hidden).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect(hidden).toEqual(missing)
  expect(await fingerprint(srv.store)).toBe(print)
})

test('an agreed visit opens nothing to a visitor who does not answer for the family (a middle manager)', async () => {
  const { who, student } = pick(onlyRole('middle_manager'))
  const manager = demo.staffOf(who)
  // A visit that could only exist from before the rule (or from a bug): agreed, with the manager as visitor.
  await srv.store.insert('visits', {
    _id: 'vis-legacy-manager',
    schoolId: demo.schoolId,
    familyId: student.familyId,
    studentIds: familyOf(student).map((s) => s._id),
    teacherId: manager._id,
    teacherUserId: who,
    teacherName: manager.name,
    periodId: '2026-autumn',
    required: true,
    topic: '家访',
    status: 'scheduled',
    options: [],
    offeredBy: 'teacher',
    offeredAt: now().toISOString(),
    homeDeclined: false,
    agreed: null,
    thread: [],
    cancelledBy: null,
    cancelReason: null,
    makeUpNeeded: false,
    startAt: '2026-12-20T07:00:00.000Z',
    createdAt: now().toISOString(),
    updatedAt: now().toISOString(),
  })
  expect(await expectProfile(who, student, 'masked')).toBe(0)
})
