// Record drafts on the server (two devices, one draft: a clear conflict, nothing lost) and the teacher
// home's lists: plan follow-ups (later ones on the home, due ones on 还需家访), held visits whose record
// is due soon or overdue.
import { demo } from '../support/demo'
import { familyNo, headTeacher, principal, proposal } from '../support/covisit'
import { completePrep, sampleRecord } from '../support/record'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()
/** The head teacher's due follow-ups on 还需家访 (from any visit of this file). */
const dueOnWorklist = async () => ok(await srv.call(headTeacher(), 'coverage', 'worklist', {})).rows.filter((r) => r.kind === 'follow_up')

async function agreed(i: number, day: string) {
  const family = familyNo(i)
  at('2026-12-01T02:00:00.000Z')
  const v = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, day)))
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  ok(
    await srv.call(family.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: p.version,
      command: { kind: 'accept', optionId: p.options[0]!.id },
    }),
  )
  return v.visitId
}

describe('drafts', () => {
  let visitId: string
  beforeAll(async () => {
    visitId = await agreed(1, '03')
  })

  test('two devices editing one draft: a clear conflict carrying the stored draft, nothing lost', async () => {
    const a = ok(await srv.call(headTeacher(), 'visits', 'saveDraft', { visitId, draft: { summary: '手机上写的' } }))
    expect(a.version).toBe(1)
    // The second device never loaded the first one's draft.
    const b = await srv.call(headTeacher(), 'visits', 'saveDraft', { visitId, draft: { summary: '电脑上写的' } })
    expect(b).toMatchObject({
      ok: false,
      error: { code: 'RECORD.DRAFT_CONFLICT', message: '另一台设备刚保存过草稿，已为您载入最新内容，请核对后再保存' },
    })
    expect(!b.ok && b.error.details).toMatchObject({ latest: { version: 1, draft: { summary: '手机上写的' } } })
    // It reloads, merges and saves on top of version 1; the first device, still on version 1, now conflicts.
    ok(await srv.call(headTeacher(), 'visits', 'saveDraft', { visitId, version: 1, draft: { summary: '手机上写的；电脑上写的' } }))
    const stale = await srv.call(headTeacher(), 'visits', 'saveDraft', { visitId, version: 1, draft: { summary: '手机上又改了' } })
    expect(!stale.ok && stale.error.details).toMatchObject({ latest: { version: 2, draft: { summary: '手机上写的；电脑上写的' } } })
    expect(ok(await srv.call(headTeacher(), 'visits', 'getDraft', { visitId }))).toMatchObject({
      version: 2,
      draft: { summary: '手机上写的；电脑上写的' },
    })
  })

  test('only the visit teacher; bad input in Chinese; nothing written', async () => {
    const print = await fingerprint(srv.store)
    for (const who of [principal(), demo.teacherOf('cls-qs-3-2', false)]) {
      expect(await srv.call(who, 'visits', 'saveDraft', { visitId, version: 2, draft: {} })).toMatchObject({
        ok: false,
        error: { code: 'DATA.NOT_FOUND' },
      })
      expect(await srv.call(who, 'visits', 'getDraft', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    }
    const long = await srv.callRaw(headTeacher(), 'visits', 'saveDraft', { visitId, version: 2, draft: { summary: '好'.repeat(301) } })
    expect(long).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '给家长的小结不能超过300个字' } })
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('submitting removes the draft; later saves are refused', async () => {
    at('2026-12-03T09:00:00.000Z')
    await completePrep(srv, visitId, demo.schoolId)
    ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord() }))
    expect(await srv.direct.count('record_drafts', { visitId })).toBe(0)
    expect(await srv.call(headTeacher(), 'visits', 'saveDraft', { visitId, version: 0, draft: {} })).toMatchObject({
      ok: false,
      error: { code: 'RECORD.SUBMITTED' },
    })
  })
})

describe('teacher home', () => {
  let visitId: string
  beforeAll(async () => {
    visitId = await agreed(2, '04') // held 4 Dec, record due 9 Dec
  })
  const overdue = async () => ok(await srv.call(headTeacher(), 'visits', 'myOverdueRecords')).visits.filter((v) => v.visitId === visitId)

  test('a held visit without a record: listed from two days before it is due, red once overdue', async () => {
    at('2026-12-06T08:00:00.000Z')
    expect(await overdue()).toEqual([])
    at('2026-12-07T08:00:00.000Z')
    expect(await overdue()).toMatchObject([{ dueBy: '2026-12-09', overdue: false, studentNames: [familyNo(2).student.name] }])
    at('2026-12-09T16:30:00.000Z') // 10 Dec in Shanghai
    expect(await overdue()).toMatchObject([{ overdue: true }])
    // Another teacher does not see it.
    const theirs = ok(await srv.call(principal(), 'visits', 'myOverdueRecords')).visits
    expect(theirs.some((v) => v.visitId === visitId)).toBe(false)
  })

  test('submitted with a plan: gone from overdue; its follow-ups on the home when within 30 days, on 还需家访 when due', async () => {
    await completePrep(srv, visitId, demo.schoolId)
    const followUps = [
      { date: '2026-12-20', text: '电话问问阅读情况' },
      { date: '2027-02-20', text: '开学后再约' },
    ]
    ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord({ plan: { goals: ['阅读'], followUps } }) }))
    expect(await overdue()).toEqual([])
    // 10 December: the 20th is more than a week away, so it waits under 计划中的跟进.
    const mine = ok(await srv.call(headTeacher(), 'visits', 'myFollowUps')).followUps.filter((f) => f.visitId === visitId)
    expect(mine).toMatchObject([{ dueDate: '2026-12-20', text: '电话问问阅读情况' }])
    expect(await dueOnWorklist()).toEqual([])
    at('2026-12-21T08:00:00.000Z')
    expect(ok(await srv.call(headTeacher(), 'visits', 'myFollowUps')).followUps.some((f) => f.visitId === visitId)).toBe(false)
    expect(await dueOnWorklist()).toMatchObject([{ deadline: '2026-12-20', followUp: { text: '电话问问阅读情况', overdue: true } }])
    expect(ok(await srv.call(principal(), 'visits', 'myFollowUps')).followUps.some((f) => f.visitId === visitId)).toBe(false)
  })

  test('a follow-up is marked done by its owner only, once; it then leaves the list', async () => {
    const f = (await dueOnWorklist())[0]!.followUp
    const before = await fingerprint(srv.store)
    // Another staff member, a parent, bad input: nothing changes.
    expect(await srv.call(principal(), 'visits', 'finishFollowUp', { id: f!.id })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
    expect(await srv.callRaw(familyNo(2).parent, 'visits', 'finishFollowUp', { id: f!.id })).toMatchObject({ ok: false })
    expect(await srv.callRaw(headTeacher(), 'visits', 'finishFollowUp', { id: f!.id, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    expect(await fingerprint(srv.store)).toBe(before)
    expect(ok(await srv.call(headTeacher(), 'visits', 'finishFollowUp', { id: f!.id }))).toEqual({ id: f!.id, done: true })
    expect(ok(await srv.call(headTeacher(), 'visits', 'finishFollowUp', { id: f!.id }))).toEqual({ id: f!.id, done: true })
    expect(await dueOnWorklist()).toEqual([])
  })
})
