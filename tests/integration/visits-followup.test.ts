// Follow-up visits (after the family's required visit, not a duplicate) and the household-survey flag
// (registered-poor families, set only by those who may see the family's categories).
import { demo } from '../support/demo'
import { familyNo, guardianOf, headTeacher, leader, proposal } from '../support/covisit'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { slot } from '../support/visits'

const { srv } = serverOnMovedClock()

const claims = (familyId: string) => srv.direct.count('claims', { familyId })

describe('follow-up', () => {
  const family = familyNo(0)
  const familyId = family.student.familyId

  test('refused before the required visit is agreed, with a message saying what to do first; nothing written', async () => {
    const print = await fingerprint(srv.store)
    const res = await srv.call(leader(), 'visits', 'propose', proposal(family.student._id, '10', { followUp: true }))
    expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.NO_REQUIRED_VISIT' } })
    expect(!res.ok && res.error.message).toMatch(/跟进家访要在.+家访约好之后才能发起/)
    expect(await fingerprint(srv.store)).toBe(print)

    // Proposed but not agreed is not enough either.
    const { visitId } = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '10')))
    expect(await srv.call(leader(), 'visits', 'propose', proposal(family.student._id, '16', { followUp: true }))).toMatchObject({
      ok: false,
      error: { code: 'VISIT.NO_REQUIRED_VISIT' },
    })
    const t = ok(await srv.call(headTeacher(), 'visits', 'get', { visitId }))
    const command = { kind: 'phone_agreement' as const, option: slot('10', '15:00', '16:00'), guardianId: guardianOf(familyId)._id }
    ok(await srv.call(headTeacher(), 'visits', 'respond', { visitId, version: t.version, command }))
  })

  test('allowed once agreed: marked, not required, no second claim; answering it leaves the claim alone', async () => {
    const before = (await srv.direct.find('claims', { where: { familyId }, limit: 5 }))[0]!
    const v = ok(await srv.call(leader(), 'visits', 'propose', proposal(family.student._id, '17', { followUp: true })))
    expect(v).toMatchObject({ followUp: true, status: 'awaiting_parent' })
    const stored = (await srv.direct.find('visits', { where: { _id: v.visitId }, limit: 1 }))[0]!
    expect(stored).toMatchObject({ required: false, followUp: true })
    expect(await claims(familyId)).toBe(1)
    const command = { kind: 'phone_agreement' as const, option: slot('17', '15:00', '16:00'), guardianId: guardianOf(familyId)._id }
    ok(await srv.call(leader(), 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
    const after = (await srv.direct.find('claims', { where: { familyId }, limit: 5 }))[0]!
    expect(after).toEqual(before)
  })

  test('only for someone who answers for the family', async () => {
    const stranger = demo.subjectTeacher()
    const res = await srv.call(stranger, 'visits', 'propose', proposal(family.student._id, '18', { followUp: true }))
    expect(res.ok).toBe(false)
    expect(await srv.direct.count('visits', { familyId, teacherId: demo.staffOf(stranger)._id, status: 'awaiting_parent' })).toBe(0)
  })

  test('bad input: a Chinese message', async () => {
    const res = await srv.callRaw(leader(), 'visits', 'propose', { ...proposal(family.student._id, '18'), followUp: 'yes' })
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(!res.ok && res.error.message).toMatch(/请选择是否跟进家访/)
  })
})

describe('household survey', () => {
  const bound = (studentId: string) => demo.bindings.find((b) => b.studentId === studentId && b.status === 'approved')?.userId
  const poor = demo.students.find(
    (s) => demo.categoriesOf(s.familyId).includes('rural_poor') && bound(s._id) && s.schoolId === demo.schoolId,
  )!
  const plain = familyNo(1).student
  const head = () => demo.headTeacher(poor.classId)
  const mentor = 'usr-stf-qs-013'

  test('the proposal form is told who may offer it, without any category', async () => {
    expect(ok(await srv.call(head(), 'visits', 'familyReach', { studentId: poor._id })).surveyEligible).toBe(true)
    expect(ok(await srv.call(headTeacher(), 'visits', 'familyReach', { studentId: plain._id })).surveyEligible).toBe(false)
    // A mentor answers for the family but may not see its categories before a visit is agreed.
    await srv.direct.update('students', poor._id, { mentorIds: [demo.staffOf(mentor)._id] })
    const reach = ok(await srv.call(mentor, 'visits', 'familyReach', { studentId: poor._id }))
    expect(reach.surveyEligible).toBe(false)
    expect(JSON.stringify(reach)).not.toMatch(/rural|建档/)
  })

  test('refused for a family not registered poor and for a mentor alike (the same words); nothing written', async () => {
    const print = await fingerprint(srv.store)
    const a = await srv.call(headTeacher(), 'visits', 'propose', proposal(plain._id, '20', { combinedSurvey: true }))
    const b = await srv.call(mentor, 'visits', 'propose', proposal(poor._id, '20', { combinedSurvey: true }))
    expect(a).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_SURVEY_FAMILY' } })
    expect(b).toEqual(a)
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('allowed for the head teacher: stored, shown to the teacher side only', async () => {
    const v = ok(await srv.call(head(), 'visits', 'propose', proposal(poor._id, '21', { combinedSurvey: true })))
    expect(v.combinedSurvey).toBe(true)
    expect(ok(await srv.call(bound(poor._id)!, 'visits', 'get', { visitId: v.visitId })).combinedSurvey).toBe(false)
    const stored = (await srv.direct.find('visits', { where: { _id: v.visitId }, limit: 1 }))[0]!
    expect(stored.combinedSurvey).toBe(true)
  })
})
