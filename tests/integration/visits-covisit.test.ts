// Co-visitors: two teachers at once → one claim; the one turned away asks to join; the visit's teacher
// answers; a co-visitor sees the visit but does not negotiate; the visit still counts once.
import { demo } from '../support/demo'
import { CLASS, familyNo, guardianOf, headTeacher, leader, principal, proposal } from '../support/covisit'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { slot } from '../support/visits'

const { srv } = serverOnMovedClock()

const inboxOf = (userId: string) => srv.direct.find('inbox', { where: { userId }, limit: 100 })

test('two teachers at the same moment: exactly one claim; the other is told who and may ask to join', async () => {
  const family = familyNo(0)
  const [a, b] = await Promise.all([
    srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '10')),
    srv.call(leader(), 'visits', 'propose', proposal(family.student._id, '11')),
  ])
  expect([a, b].filter((r) => r.ok)).toHaveLength(1)
  const lost = [a, b].find((r) => !r.ok)!
  expect(lost).toMatchObject({ ok: false, error: { code: 'VISIT.FAMILY_CLAIMED' } })
  expect(!lost.ok && lost.error.message).toMatch(/^已由 .+ 安排，可以申请作为共同家访人一起去$/)
  expect(await srv.direct.count('claims', { familyId: family.student.familyId })).toBe(1)
  expect(await srv.direct.count('visits', { familyId: family.student.familyId })).toBe(1)

  const loser = a.ok ? leader() : headTeacher()
  const winner = a.ok ? headTeacher() : leader()
  const asked = ok(await srv.call(loser, 'visits', 'requestJoin', { studentId: family.student._id }))
  expect(asked).toMatchObject({ state: 'pending', claimantName: demo.nameOf(winner) })
})

describe('a join accepted', () => {
  const family = familyNo(1)
  let visitId = ''
  let requestId = ''

  test('the request: one per colleague and visit (a retry or double tap), the claimant told without family names', async () => {
    visitId = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '12'))).visitId
    const turned = await srv.call(leader(), 'visits', 'propose', proposal(family.student._id, '13'))
    expect(turned).toMatchObject({ ok: false, error: { code: 'VISIT.FAMILY_CLAIMED' } })
    const before = (await inboxOf(headTeacher())).length
    const [one, two] = await Promise.all([
      srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }),
      srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }),
    ])
    requestId = ok(one).requestId
    expect(ok(two).requestId).toBe(requestId)
    expect(await srv.direct.count('join_requests', { visitId })).toBe(1)
    const items = await inboxOf(headTeacher())
    expect(items).toHaveLength(before + 1)
    const item = items.find((i) => i._id === `inb-${requestId}`)!
    expect(item.body).toBe(`${demo.nameOf(leader())}老师申请与您一起家访，请打开家访页面同意或不同意。`)
    expect(item.body).not.toContain(family.student.name)
    expect(item.page).toContain(visitId)
  })

  test('the claimant sees it on the visit page; the requester cannot see the visit yet', async () => {
    const mine = ok(await srv.call(headTeacher(), 'visits', 'get', { visitId }))
    expect(mine.joinRequests).toEqual([{ requestId, staffName: demo.nameOf(leader()) }])
    expect(await srv.call(leader(), 'visits', 'get', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  })

  test('only the claimant answers: the requester and anyone else get "not found", and nothing changes', async () => {
    const print = await fingerprint(srv.store)
    for (const who of [leader(), principal()]) {
      const res = await srv.call(who, 'visits', 'answerJoin', { requestId, accept: true })
      expect(res).toEqual(await srv.call(who, 'visits', 'answerJoin', { requestId: 'join:nothing', accept: true }))
      expect(res).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    }
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('accepted: claim and visit carry the co-visitor; the co-visitor sees the visit and cannot negotiate', async () => {
    const accepted = ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true }))
    expect(accepted.state).toBe('accepted')
    // A retry of the same answer is the same answer; a changed answer afterwards is refused.
    expect(ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true })).state).toBe('accepted')
    const changed = await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: false })
    expect(changed).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT', message: '您已经同意了这个申请，不能再更改' } })

    const claim = (await srv.direct.find('claims', { where: { familyId: family.student.familyId }, limit: 5 }))[0]!
    expect(claim.coVisitorIds).toEqual([demo.staffOf(leader())._id])
    const seen = ok(await srv.call(leader(), 'visits', 'get', { visitId }))
    expect(seen).toMatchObject({
      mySide: 'teacher',
      coVisitor: true,
      actions: [],
      joinRequests: [],
      coVisitorNames: [demo.nameOf(leader())],
    })
    const answer = await srv.call(leader(), 'visits', 'respond', {
      visitId,
      version: seen.version,
      command: { kind: 'cancel', reason: '不去了' },
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'VISIT.CO_VISITOR' } })
    expect(!answer.ok && answer.error.message).toMatch(/共同家访人，时间由.+老师和家长商定/)
    const again = await srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id })
    expect(again).toMatchObject({ ok: false, error: { code: 'VISIT.ALREADY_JOINED' } })
    expect((await inboxOf(leader())).some((i) => i.title === '共同家访申请已同意' && String(i.page).includes(visitId))).toBe(true)
  })

  test('once agreed: on the receipt and on the co-visitor agenda; the period counts one claim', async () => {
    const t = ok(await srv.call(headTeacher(), 'visits', 'get', { visitId }))
    const at = slot('12', '15:00', '16:00')
    const command = { kind: 'phone_agreement' as const, option: at, guardianId: guardianOf(family.student.familyId)._id }
    const agreed = ok(await srv.call(headTeacher(), 'visits', 'respond', { visitId, version: t.version, command }))
    expect(agreed.receipt?.coVisitorNames).toEqual([demo.nameOf(leader())])
    const agenda = ok(await srv.call(leader(), 'visits', 'myAgenda', { from: '2026-12-07', days: 7 }))
    expect(agenda.visits.find((v) => v.visitId === visitId)).toMatchObject({ coVisitor: true })
    expect(ok(await srv.call(leader(), 'visits', 'get', { visitId }))).toMatchObject({ coVisitor: true, actions: [] })
    // The plan board counts claims: one per family and period, co-visitor or not.
    const where = { schoolId: demo.schoolId, periodId: '2026-year', state: 'scheduled' }
    const byClass = await srv.store.countBy('claims', 'classId', where)
    expect(byClass[CLASS]).toBe(1)

    // Cancelled: the co-visitor agenda entry goes in the same batch.
    const s = ok(await srv.call(headTeacher(), 'visits', 'get', { visitId }))
    ok(await srv.call(headTeacher(), 'visits', 'respond', { visitId, version: s.version, command: { kind: 'cancel', reason: '孩子生病' } }))
    expect(await srv.direct.count('co_visits', { visitId })).toBe(0)
  })
})

test('declined: the requester is told, cannot see the visit, cannot ask again; the claimant cannot change it', async () => {
  const family = familyNo(2)
  const { visitId } = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '14')))
  const { requestId } = ok(await srv.call(principal(), 'visits', 'requestJoin', { studentId: family.student._id }))
  expect(ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: false })).state).toBe('declined')
  expect(ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: false })).state).toBe('declined')
  expect(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true })).toMatchObject({
    ok: false,
    error: { code: 'DATA.CONFLICT', message: '您已经不同意了这个申请，不能再更改' },
  })
  expect((await inboxOf(principal())).some((i) => i.title === '共同家访申请未同意')).toBe(true)
  expect(await srv.call(principal(), 'visits', 'get', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect(await srv.call(principal(), 'visits', 'requestJoin', { studentId: family.student._id })).toMatchObject({
    ok: false,
    error: { code: 'VISIT.JOIN_DECLINED' },
  })
})

test('who may not ask: an unrelated teacher and a missing child alike; a parent; the claimant; an unclaimed family', async () => {
  const family = familyNo(3)
  ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '15')))
  const print = await fingerprint(srv.store)
  const stranger = demo.subjectTeacher()
  const hidden = await srv.call(stranger, 'visits', 'requestJoin', { studentId: family.student._id })
  expect(hidden).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect(hidden).toEqual(await srv.call(stranger, 'visits', 'requestJoin', { studentId: 'stu-does-not-exist' }))
  expect(await srv.call(family.parent, 'visits', 'requestJoin', { studentId: family.student._id })).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  })
  expect(await srv.call(headTeacher(), 'visits', 'requestJoin', { studentId: family.student._id })).toMatchObject({
    ok: false,
    error: { code: 'VISIT.ALREADY_PROPOSED' },
  })
  const free = demo.students.find((s) => s.classId === 'cls-qs-1-1')!
  expect(await srv.call(leader(), 'visits', 'requestJoin', { studentId: free._id })).toMatchObject({
    ok: false,
    error: { code: 'VISIT.NOT_CLAIMED' },
  })
  expect(await fingerprint(srv.store)).toBe(print)
})

test('bad input: a Chinese message and nothing written', async () => {
  const print = await fingerprint(srv.store)
  const cases: Array<[string, unknown, RegExp]> = [
    ['requestJoin', {}, /请选择学生/],
    ['requestJoin', { studentId: 'stu-1', extra: 1 }, /[\u4e00-\u9fa5]/],
    ['answerJoin', { requestId: 'join:x' }, /请选择是否同意/],
    ['answerJoin', { requestId: 'join:x', accept: 'yes' }, /请选择是否同意/],
  ]
  for (const [action, input, message] of cases) {
    const res = await srv.callRaw(leader(), 'visits', action, input)
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(!res.ok && res.error.message).toMatch(message)
  }
  expect(await fingerprint(srv.store)).toBe(print)
})
