// Typical cases (典型案例): a middle manager or leader of the record's school drafts the anonymised copy,
// restores a redaction if it was only a word, and publishes once; the copy names no one, no class, no
// school and no phone, and carries no visit, family or student id; the school's staff and the district read it.
import { demo } from '../support/demo'
import { familyNo, headTeacher } from '../support/covisit'
import { PHONE, SCHOOL_NAME, submittedRecord } from '../support/survey-tickets'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()
let visitId: string
let familyId: string
let studentId: string
beforeAll(async () => {
  const r = await submittedRecord(srv, at, 0, ['希望多组织户外活动'])
  visitId = r.visitId
  familyId = r.family.student.familyId
  studentId = r.family.student._id
})

const manager = () => demo.withRole('middle_manager')
const leader = () => demo.withRole('leader')
const identifying = () => [
  familyNo(0).student.name,
  demo.className(familyNo(0).student.classId),
  SCHOOL_NAME,
  PHONE,
  demo.nameOf(headTeacher()),
]

test('a teacher cannot flag; a leader of another school finds nothing; bad input refused; nothing written', async () => {
  const print = await fingerprint(srv.store)
  for (const who of [headTeacher(), demo.subjectTeacher(), familyNo(0).parent]) {
    expect(await srv.call(who, 'surveys', 'flagTypicalCase', { visitId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  }
  const elsewhere = demo.principal(demo.otherSchoolId)
  expect(await srv.call(elsewhere, 'surveys', 'flagTypicalCase', { visitId })).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  const publish = { visitId, title: '案例', restore: [], omit: [] }
  expect(await srv.call(elsewhere, 'surveys', 'publishTypicalCase', publish)).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  expect(await srv.call(manager(), 'surveys', 'publishTypicalCase', { ...publish, title: '' })).toMatchObject({
    ok: false,
    error: { code: 'INPUT.INVALID', message: '请写一个案例标题' },
  })
  expect(await srv.call(manager(), 'surveys', 'flagTypicalCase', { visitId: 'no-such-visit' })).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  expect(await fingerprint(srv.store)).toBe(print)
})

test('the draft shows every redaction with the original, for the reviewer', async () => {
  const draft = ok(await srv.call(manager(), 'surveys', 'flagTypicalCase', { visitId }))
  expect(draft.published).toBe(false)
  const all = draft.texts.flatMap((t) => t.redactions.map((r) => r.original))
  expect(all).toEqual(expect.arrayContaining([familyNo(0).student.name, PHONE, SCHOOL_NAME]))
  const summary = draft.texts.find((t) => t.key === 'summary')!
  expect(summary.label).toBe('家访小结')
  for (const word of identifying()) expect(summary.text).not.toContain(word)
  // Internal notes never go into a case.
  expect(draft.texts.some((t) => t.key === 'notes')).toBe(false)
})

test('published once, with no name, class, school, phone or id; a restored redaction shows its word', async () => {
  const draft = ok(await srv.call(leader(), 'surveys', 'flagTypicalCase', { visitId }))
  const strategy = draft.texts.find((t) => t.key === 'strategies.1')!
  expect(strategy).toMatchObject({ text: '周末和某老师通一次电话', redactions: [{ original: '王', kindLabel: '人名' }] })
  const input = {
    visitId,
    title: `${familyNo(0).student.name}的阅读约定`,
    restore: [{ key: 'strategies.1', index: 0 }],
    omit: ['opinions.0'],
  }
  const published = ok(await srv.call(leader(), 'surveys', 'publishTypicalCase', input))
  expect(published.texts).toContainEqual({ label: '共育策略', text: '周末和王老师通一次电话' })
  expect(published.title).toBe('某某的阅读约定')
  expect(published.gradeLabel).toBe('三年级')
  expect(published.texts.map((t) => t.label)).not.toContain('家长意见')
  const stored = await srv.direct.find('typical_cases', { where: { schoolId: demo.schoolId }, limit: 10 })
  expect(stored).toHaveLength(1)
  const json = JSON.stringify(stored[0])
  for (const word of [...identifying(), visitId, familyId, studentId]) expect(json).not.toContain(word)
  const again = ok(await srv.call(manager(), 'surveys', 'publishTypicalCase', { ...input, title: '另一个标题' }))
  expect(again).toEqual(published)
  expect(await srv.direct.count('typical_cases', {})).toBe(1)
  expect(ok(await srv.call(manager(), 'surveys', 'flagTypicalCase', { visitId })).published).toBe(true)
})

test("the school's staff and the district read the library; another school's staff read nothing", async () => {
  const forTeacher = ok(await srv.call(demo.subjectTeacher(), 'surveys', 'typicalCases', {})).cases
  expect(forTeacher.map((c) => c.title)).toEqual(['某某的阅读约定'])
  expect(JSON.stringify(forTeacher)).not.toContain(visitId)
  expect(ok(await srv.call(demo.district(), 'surveys', 'typicalCases', {})).cases).toHaveLength(1)
  expect(ok(await srv.call(demo.headTeacherOfOtherSchool(), 'surveys', 'typicalCases', {})).cases).toEqual([])
  expect(await srv.call(familyNo(0).parent, 'surveys', 'typicalCases', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
})
