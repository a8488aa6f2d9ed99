// Supervision: the seeded spot-check (same seed, same sample, stored), calls that reveal one family's
// phone (audited), outcomes that move 到位率 once however often sent, a denial that becomes a dispute the
// teacher explains before a leader decides; only the school's leaders see any of it.
import { demo } from '../support/demo'
import { headTeacher, principal } from '../support/covisit'
import { completedVisit } from '../support/supervise'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()
const visits: Array<{ visitId: string; familyId: string; parent: string }> = []
beforeAll(async () => {
  for (const [i, day] of [
    [0, '03'],
    [1, '04'],
    [2, '07'],
  ] as const)
    visits.push(await completedVisit(srv, i, day, at))
  at('2026-12-10T02:00:00.000Z')
})

const missing = { ok: false, error: { code: 'DATA.NOT_FOUND' } }
const outsiders = () => [headTeacher(), visits[0]!.parent, demo.principal(demo.otherSchoolId)]
const coverage = async () => ok(await srv.call(principal(), 'coverage', 'board', {})).figures.find((f) => f.key === 'coverage')!
const claimState = async (visitId: string) => (await srv.direct.find('claims', { where: { visitId }, limit: 1 }))[0]?.state
const yes = { reached: true, tookPlace: 'as_recorded' as const, satisfied: true, offered: false, note: '' }

describe('spot-checks', () => {
  let spotCheckId: string

  test('a draw with a seed is stored with it; the same seed gives the same sample', async () => {
    const first = ok(await srv.call(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 3, seed: 42 }))
    expect(first.picks).toBe(3)
    spotCheckId = first.spotCheckId
    const stored = (await srv.direct.find('spot_checks', { where: { _id: spotCheckId }, limit: 1 }))[0]!
    expect(stored).toMatchObject({ seed: 42, requested: 3, schoolId: demo.schoolId })
    const again = ok(await srv.call(demo.withRole('leader'), 'surveys', 'drawSpotCheck', { period: 'year', size: 3, seed: 42 }))
    expect(again.spotCheckId).toBe(spotCheckId)
    expect(await srv.direct.count('spot_checks', {})).toBe(1)
    // Another seed, a minute later, is another sample stored beside the first; the latest is the call list.
    at('2026-12-10T02:01:00.000Z')
    const other = ok(await srv.call(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 2, seed: 7 }))
    expect(other.spotCheckId).not.toBe(spotCheckId)
    expect(ok(await srv.call(principal(), 'surveys', 'spotCheck', {})).check).toMatchObject({ seed: 7, requested: 2 })
    await srv.direct.remove('spot_checks', other.spotCheckId)
    const list = ok(await srv.call(principal(), 'surveys', 'spotCheck', { spotCheckId })).check!
    expect(list.picks.map((p) => p.visitId).sort()).toEqual(visits.map((v) => v.visitId).sort())
    expect(list.picks.every((p) => p.reasons.includes('未答问卷'))).toBe(true)
  })

  test('bad input and outsiders: a Chinese message or a missing record, nothing written', async () => {
    const print = await fingerprint(srv.store)
    const zero = await srv.callRaw(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 0 })
    expect(zero).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringMatching(/抽查户数/) } })
    const ref = { spotCheckId, visitId: visits[0]!.visitId }
    const silent = { ...ref, outcome: { reached: false, tookPlace: 'as_recorded', satisfied: null, offered: null } }
    expect(await srv.callRaw(principal(), 'surveys', 'recordSpotOutcome', silent)).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    for (const who of outsiders().slice(0, 2)) {
      expect(await srv.call(who, 'surveys', 'drawSpotCheck', { period: 'year', size: 3 })).toMatchObject(missing)
      expect(await srv.call(who, 'surveys', 'spotCheck', {})).toMatchObject(missing)
    }
    for (const who of outsiders()) {
      expect(await srv.call(who, 'surveys', 'spotCheck', { spotCheckId })).toMatchObject(missing)
      expect(await srv.call(who, 'surveys', 'startSpotCall', ref)).toMatchObject(missing)
      expect(await srv.call(who, 'surveys', 'recordSpotOutcome', { ...ref, outcome: yes })).toMatchObject(missing)
    }
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('the call list is masked; starting one call reveals that family only, on record', async () => {
    const list = ok(await srv.call(principal(), 'surveys', 'spotCheck', {})).check!
    const phones = list.picks.flatMap((p) => p.phones.map((x) => x.phone))
    expect(phones.length).toBeGreaterThan(0)
    expect(phones.every((p) => p.includes('*'))).toBe(true)
    const audits = await srv.direct.count('audit_log', { action: 'family.read_phone' })
    const call = ok(await srv.call(principal(), 'surveys', 'startSpotCall', { spotCheckId, visitId: visits[0]!.visitId }))
    expect(call.phones.length).toBeGreaterThan(0)
    expect(call.phones.every((p) => /^\d{11}$/.test(p.phone))).toBe(true)
    expect(await srv.direct.count('audit_log', { action: 'family.read_phone', targetId: visits[0]!.familyId })).toBe(audits + 1)
    const after = ok(await srv.call(principal(), 'surveys', 'spotCheck', { spotCheckId })).check!
    expect(after.picks.find((p) => p.visitId === visits[0]!.visitId)).toMatchObject({ started: true })
    expect(after.picks.flatMap((p) => p.phones).every((p) => p.phone.includes('*'))).toBe(true)
  })

  test('a confirming call moves 到位率 once, however often it is sent', async () => {
    const before = await coverage()
    expect(before).toMatchObject({ numerator: 0 })
    const input = { spotCheckId, visitId: visits[0]!.visitId, outcome: yes }
    for (let i = 0; i < 3; i++) expect(ok(await srv.call(principal(), 'surveys', 'recordSpotOutcome', input))).toEqual({ disputeId: null })
    expect(await srv.direct.count('spot_calls', { visitId: visits[0]!.visitId })).toBe(1)
    expect(await claimState(visits[0]!.visitId)).toBe('confirmed')
    expect(await coverage()).toMatchObject({ numerator: 1, denominator: before.denominator })
  })
})

describe('disputes', () => {
  let disputeId: string

  test('a call in which the family denies the visit opens a dispute; the teacher is asked, neutrally', async () => {
    const check = ok(await srv.call(principal(), 'surveys', 'spotCheck', {})).check!
    const outcome = { ...yes, tookPlace: 'not_held' as const, note: '家长说那天没有老师来' }
    const res = ok(
      await srv.call(principal(), 'surveys', 'recordSpotOutcome', { spotCheckId: check.spotCheckId, visitId: visits[1]!.visitId, outcome }),
    )
    disputeId = res.disputeId!
    expect(disputeId).toBeTruthy()
    const inbox = await srv.direct.find('inbox', { where: { _id: `inb-${disputeId}` }, limit: 1 })
    expect(inbox[0]).toMatchObject({ title: '有一条家访需要您说明情况' })
    expect(JSON.stringify(inbox[0])).not.toMatch(/没有老师来|家长说/)
    const queue = ok(await srv.call(demo.withRole('middle_manager'), 'surveys', 'disputes', {}))
    expect(queue.open).toBe(1)
    expect(queue.disputes[0]).toMatchObject({ disputeId, state: 'open', text: '家长说那天没有老师来', visit: { format: '入户' } })
    expect(queue.disputes[0]!.actions).toEqual(['hear_teacher'])
    expect(await claimState(visits[1]!.visitId)).toBe('completed')
  })

  test("outsiders see nothing; the teacher sees the visit, not the parent's words", async () => {
    for (const who of [visits[0]!.parent, demo.teacherOf('cls-qs-3-2', false), demo.principal(demo.otherSchoolId)]) {
      expect(await srv.call(who, 'surveys', 'myDispute', { disputeId })).toMatchObject(missing)
      expect(await srv.call(who, 'surveys', 'hearTeacher', { disputeId, text: '我去过' })).toMatchObject(missing)
    }
    for (const who of outsiders().slice(0, 2)) expect(await srv.call(who, 'surveys', 'disputes', {})).toMatchObject(missing)
    // Another school's leader has a queue of their own, without ours.
    expect(ok(await srv.call(demo.principal(demo.otherSchoolId), 'surveys', 'disputes', {}))).toEqual({ open: 0, disputes: [] })
    for (const who of outsiders()) {
      expect(await srv.call(who, 'surveys', 'resolveDispute', { disputeId, outcome: 'upheld', note: '' })).toMatchObject(missing)
    }
    const mine = ok(await srv.call(headTeacher(), 'surveys', 'myDispute', { disputeId }))
    expect(mine).toMatchObject({ open: true, heard: null })
    expect(JSON.stringify(mine)).not.toMatch(/没有老师来/)
  })

  test('not resolved before the teacher is heard; then resolved once', async () => {
    const early = await srv.call(principal(), 'surveys', 'resolveDispute', { disputeId, outcome: 'upheld', note: '' })
    expect(early).toMatchObject({ ok: false, error: { code: 'DISPUTE.NOT_HEARD' } })
    expect(await srv.callRaw(headTeacher(), 'surveys', 'hearTeacher', { disputeId, text: '' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    ok(await srv.call(headTeacher(), 'surveys', 'hearTeacher', { disputeId, text: '那天下午三点在家中家访，家长是奶奶' }))
    const res = ok(await srv.call(principal(), 'surveys', 'resolveDispute', { disputeId, outcome: 'upheld', note: '核实：改期未补' }))
    expect(res.state).toBe('upheld')
    const again = await srv.call(principal(), 'surveys', 'resolveDispute', { disputeId, outcome: 'rejected', note: '' })
    expect(again).toMatchObject({ ok: false, error: { code: 'DISPUTE.RESOLVED' } })
    expect(ok(await srv.call(principal(), 'surveys', 'disputes', {}))).toMatchObject({ open: 0, disputes: [{ state: 'upheld' }] })
    expect(await claimState(visits[1]!.visitId)).toBe('completed')
  })
})

describe('answers and 满意率', () => {
  const answer = (n: number, satisfaction: 'satisfied' | 'neutral') => ({
    _id: `${visits[2]!.visitId}:g-${n}`,
    schoolId: demo.schoolId,
    classId: 'cls-qs-3-2',
    teacherId: demo.staffOf(headTeacher())._id,
    periodId: '2026-2027',
    satisfaction,
    tookPlace: 'as_recorded',
    offered: false,
    version: 'v1',
    visitId: visits[2]!.visitId,
    familyId: 'fam-test',
    guardianId: `g-${n}`,
    userId: `u-${n}`,
    values: {},
    answeredAt: '2026-11-20T02:00:00.000Z',
  })

  test("leaders read a class's answers and the board counts them; nobody else reads them", async () => {
    const claim = (await srv.direct.find('claims', { where: { visitId: visits[2]!.visitId }, limit: 1 }))[0]!
    for (const [n, s] of [
      [1, 'satisfied'],
      [2, 'neutral'],
    ] as const)
      await srv.direct.insert('survey_answers', { ...answer(n, s), periodId: claim.periodId })
    const res = ok(await srv.call(principal(), 'surveys', 'surveyAnswers', { classId: 'cls-qs-3-2' }))
    expect(res.answers.map((a) => a.satisfaction).sort()).toEqual(['neutral', 'satisfied'])
    const board = ok(await srv.call(principal(), 'coverage', 'board', {}))
    expect(board.figures.find((f) => f.key === 'satisfaction')).toMatchObject({ numerator: 1, denominator: 2, text: '50%' })
    for (const who of outsiders()) {
      expect(await srv.call(who, 'surveys', 'surveyAnswers', { classId: 'cls-qs-3-2' })).toMatchObject(missing)
    }
    const both = await srv.callRaw(principal(), 'surveys', 'surveyAnswers', { classId: 'cls-qs-3-2', visitId: visits[2]!.visitId })
    expect(both).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })
})
