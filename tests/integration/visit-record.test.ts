// The visit record: who may submit and read it, the prep gate, one record however often a submission is
// replayed, the visit and the claim completed in the same batch, amendments within 7 days, every version kept;
// a visit checked in early is held from the check-in.
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { familyNo, headTeacher, leader, principal, proposal } from '../support/covisit'
import { completePrep, sampleRecord } from '../support/record'
import { fingerprint, ok, serverOnMovedClock, TEST_SECRET } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

/** A visit agreed by the parent for `day` 15:00–16:00 (December 2026), proposed on 1 Dec. */
async function agreed(i: number, day: string) {
  const family = familyNo(i)
  at('2026-12-01T02:00:00.000Z')
  const v = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, day)))
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  const command = { kind: 'accept' as const, optionId: p.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: p.version, command }))
  return { visitId: v.visitId, family }
}
const sendWithId = (userId: string, requestId: string, action: string, input: unknown) =>
  srv.post('/api/visits', { action, input, requestId }, signSession(userId, TEST_SECRET))
const visitDoc = async (id: string) => (await srv.direct.find('visits', { where: { _id: id }, limit: 1 }))[0]!
const claimOf = async (familyId: string) => (await srv.direct.find('claims', { where: { familyId }, limit: 5 }))[0]

describe('submitting', () => {
  let visitId: string
  let familyId: string
  beforeAll(async () => {
    const v = await agreed(0, '03')
    visitId = v.visitId
    familyId = v.family.student.familyId
  })

  test('not before the agreed start; not before the prep pack is complete; nothing written', async () => {
    const print = await fingerprint(srv.store)
    const early = await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord() })
    expect(early).toMatchObject({ ok: false, error: { code: 'RECORD.NOT_HELD', message: '家访开始以后才能填写记录' } })
    at('2026-12-03T08:30:00.000Z') // 16:30 Shanghai, after the visit
    const unprepared = await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord() })
    expect(unprepared).toMatchObject({ ok: false, error: { code: 'PREP.INCOMPLETE' } })
    expect(!unprepared.ok && unprepared.error.message).toMatch(/家访准备还没完成/)
    expect(await fingerprint(srv.store)).toBe(print)
    await completePrep(srv, visitId, demo.schoolId)
  })

  test('bad input: a Chinese message, nothing written', async () => {
    const print = await fingerprint(srv.store)
    const noStrength = sampleRecord({ feedback: [{ domain: 'study', kind: 'growth', text: '多读书' }] })
    const res = await srv.callRaw(headTeacher(), 'visits', 'submitRecord', { visitId, record: noStrength })
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringMatching(/闪光点/) } })
    const noIntegrity = await srv.callRaw(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord({ integrity: false }) })
    expect(noIntegrity).toMatchObject({ ok: false, error: { message: expect.stringMatching(/廉洁/) } })
    const far = sampleRecord({ plan: { goals: ['阅读'], followUps: [{ date: '2027-06-01', text: '回访' }] } })
    expect(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: far })).toMatchObject({
      ok: false,
      error: { code: 'RECORD.BAD_DATE', message: expect.stringMatching(/120天以内/) },
    })
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('only the visit teacher: a leader, a parent and another teacher are refused, nothing written', async () => {
    const print = await fingerprint(srv.store)
    for (const who of [leader(), principal(), demo.teacherOf('cls-qs-3-2', false), demo.headTeacherOfOtherSchool()]) {
      expect(await srv.call(who, 'visits', 'submitRecord', { visitId, record: sampleRecord() })).toMatchObject({
        ok: false,
        error: { code: 'DATA.NOT_FOUND' },
      })
    }
    expect((await srv.call(familyNo(0).parent, 'visits', 'submitRecord', { visitId, record: sampleRecord() })).ok).toBe(false)
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('the same submission sent 3 times: one record; the visit and the claim completed together', async () => {
    expect((await claimOf(familyId))?.state).toBe('scheduled')
    const input = { visitId, record: sampleRecord({ plan: { goals: ['阅读'], followUps: [{ date: '2026-12-20', text: '电话回访' }] } }) }
    const answers = await Promise.all([1, 2, 3].map(() => sendWithId(headTeacher(), 'req-record-1', 'submitRecord', input)))
    for (const a of answers) expect(a.json).toMatchObject({ ok: true, data: { submitted: true, version: 1 } })
    expect(await srv.direct.count('visit_records', { visitId })).toBe(1)
    expect(await srv.direct.count('record_versions', { visitId })).toBe(1)
    expect((await visitDoc(visitId)).status).toBe('completed')
    expect((await claimOf(familyId))?.state).toBe('completed')
    expect(await srv.direct.count('follow_ups', { visitId })).toBe(1)
    // Another submission (another request id): the record exists, amend it instead.
    const again = await srv.call(headTeacher(), 'visits', 'submitRecord', input)
    expect(again).toMatchObject({ ok: false, error: { code: 'RECORD.SUBMITTED', message: expect.stringMatching(/修改记录/) } })
  })

  test('reading: teacher and leader in full (leader audited); the parent the shared part only; others nothing', async () => {
    const mine = ok(await srv.call(headTeacher(), 'visits', 'getRecord', { visitId }))
    expect(mine).toMatchObject({ role: 'author', canAmend: true, canSeeVersions: true, record: { notes: '内部：家长工作忙，下次换周末' } })
    const audits = await srv.direct.count('audit_log', { action: 'visit.read_record' })
    const lead = ok(await srv.call(principal(), 'visits', 'getRecord', { visitId }))
    expect(lead).toMatchObject({ role: 'staff', canAmend: false, canSeeVersions: true, record: { opinions: ['希望多组织户外活动'] } })
    expect(await srv.direct.count('audit_log', { action: 'visit.read_record' })).toBe(audits + 1)
    const parent = ok(await srv.call(familyNo(0).parent, 'visits', 'getRecord', { visitId }))
    expect(parent).toMatchObject({ role: 'parent', record: null, shared: { strategies: ['每天一起阅读二十分钟'] } })
    expect(JSON.stringify(parent)).not.toMatch(/内部|户外|家务|阅读"\]\}/)
    expect(parent.shared?.strengths).toEqual([{ domain: 'study', text: '数学课上爱动脑筋' }])
    for (const who of [demo.teacherOf('cls-qs-3-2', false), demo.headTeacherOfOtherSchool(), familyNo(1).parent]) {
      expect(await srv.call(who, 'visits', 'getRecord', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    }
  })

  test('amending: the author only, compare-and-set, every version kept, closed after 7 days', async () => {
    const record = sampleRecord({ summary: '补充：孩子很爱帮忙', plan: null })
    const print = await fingerprint(srv.store)
    expect(await srv.call(principal(), 'visits', 'amendRecord', { visitId, version: 1, record })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
    expect(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 0, record })).toMatchObject({
      ok: false,
      error: { code: 'DATA.CONFLICT' },
    })
    expect(await fingerprint(srv.store)).toBe(print)
    const amended = ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 1, record }))
    expect(amended.version).toBe(2)
    expect(await srv.direct.count('follow_ups', { visitId })).toBe(0)
    const versions = ok(await srv.call(principal(), 'visits', 'recordVersions', { visitId })).versions
    expect(versions.map((v) => [v.n, v.byName, v.record.summary])).toEqual([
      [1, amended.authorName, '孩子在校积极向上，我们约定每天一起阅读。'],
      [2, amended.authorName, '补充：孩子很爱帮忙'],
    ])
    expect(ok(await srv.call(familyNo(0).parent, 'visits', 'getRecord', { visitId })).shared?.summary).toBe('补充：孩子很爱帮忙')
    expect(await srv.call(familyNo(0).parent, 'visits', 'recordVersions', { visitId })).toMatchObject({ ok: false })
    at('2026-12-10T09:00:00.000Z')
    const late = await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 2, record })
    expect(late).toMatchObject({ ok: false, error: { code: 'RECORD.AMEND_CLOSED', message: expect.stringMatching(/7天/) } })
  })
})

test('checked in early (before the agreed start): the record may be submitted once checked in, not before', async () => {
  const { visitId } = await agreed(1, '04') // 15:00–16:00 on 4 Dec
  await completePrep(srv, visitId, demo.schoolId)
  at('2026-12-04T06:10:00.000Z') // 14:10 Shanghai: check-in is open, the agreed start is not reached
  const before = await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord() })
  expect(before).toMatchObject({ ok: false, error: { code: 'RECORD.NOT_HELD' } })
  ok(await srv.call(headTeacher(), 'visits', 'checkIn', { visitId }))
  const submitted = ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord() }))
  expect(submitted).toMatchObject({ submitted: true, version: 1 })
  expect((await visitDoc(visitId)).status).toBe('completed')
})
