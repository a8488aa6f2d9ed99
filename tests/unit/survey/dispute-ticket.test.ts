// Disputes (state × actor × command) and opinion tickets (routing, who answers, age on the owner's home).
import {
  availableDisputeActions,
  decideDispute,
  disputeReasonOf,
  isDisputing,
  openDispute,
  type Dispute,
  type DisputeActor,
  type DisputeCommand,
} from '../../../src/core/survey/dispute.rules'
import { ageLabel, answerTicket, oldestFirst, routeTicket, waitingDays, type Ticket } from '../../../src/core/survey/ticket.rules'

const now = new Date('2026-12-10T02:00:00Z')
const dispute = (over: Partial<Dispute> = {}): Dispute => ({
  _id: 'd1',
  _v: 0,
  schoolId: 's1',
  visitId: 'v1',
  familyId: 'f1',
  teacherId: 't1',
  source: 'survey',
  reason: 'not_held',
  text: '',
  raisedAt: '2026-12-08T02:00:00Z',
  state: 'open',
  teacherSide: null,
  resolution: null,
  ...over,
})
const heard = { text: '12月5日确实去了', at: '2026-12-09T02:00:00Z', by: 't1' }
const teacher: DisputeActor = { staffId: 't1', as: 'teacher' }
const otherTeacher: DisputeActor = { staffId: 't2', as: 'teacher' }
const leader: DisputeActor = { staffId: 'l1', as: 'leader' }
const hear: DisputeCommand = { kind: 'hear_teacher', text: '12月5日确实去了' }
const uphold: DisputeCommand = { kind: 'resolve', outcome: 'upheld', note: '家长所说属实' }

describe('disputes', () => {
  it('come from any answer but "as recorded", and count against confirmation until rejected', () => {
    expect([disputeReasonOf('as_recorded'), disputeReasonOf('different'), disputeReasonOf('not_held')]).toEqual([
      null,
      'different',
      'not_held',
    ])
    expect([isDisputing('open'), isDisputing('upheld'), isDisputing('rejected')]).toEqual([true, true, false])
  })

  it.each<[string, Dispute, DisputeActor, DisputeCommand, string | Partial<Dispute>]>([
    ['the visit’s teacher gives their side', dispute(), teacher, hear, { teacherSide: { ...heard, at: now.toISOString() } }],
    ['another teacher may not', dispute(), otherTeacher, hear, 'DISPUTE.NOT_ALLOWED'],
    ['a teacher may not resolve', dispute({ teacherSide: heard }), teacher, uphold, 'DISPUTE.NOT_ALLOWED'],
    ['a leader may not resolve before the teacher is heard', dispute(), leader, uphold, 'DISPUTE.NOT_HEARD'],
    [
      'a leader resolves once heard',
      dispute({ teacherSide: heard }),
      leader,
      uphold,
      { state: 'upheld', resolution: { outcome: 'upheld', text: '家长所说属实', at: now.toISOString(), by: 'l1' } },
    ],
    [
      'a leader may note the teacher’s side heard by phone',
      dispute(),
      leader,
      hear,
      { teacherSide: { ...heard, at: now.toISOString(), by: 'l1' } },
    ],
    ['nothing changes a resolved dispute', dispute({ state: 'rejected', teacherSide: heard }), leader, uphold, 'DISPUTE.RESOLVED'],
  ])('%s', (_, d, actor, cmd, expected) => {
    const r = decideDispute(d, cmd, actor, now)
    if (typeof expected === 'string') expect(r.ok ? 'ok' : r.error.code).toBe(expected)
    else expect(r).toEqual({ ok: true, data: expected })
  })

  it('open from their source, once per source, waiting for the teacher', () => {
    const opening = {
      schoolId: 's1',
      visitId: 'v1',
      familyId: 'f1',
      teacherId: 't1',
      source: 'survey' as const,
      reason: 'not_held' as const,
      text: '',
    }
    const d = openDispute({ ...opening, sourceId: 'v1:g1' }, new Date('2026-12-08T02:00:00Z'))
    expect(d).toEqual(dispute({ _id: 'dispute:v1:g1', raisedAt: '2026-12-08T02:00:00.000Z' }))
    expect(openDispute({ ...opening, sourceId: 'v1:g1' }, now)._id).toBe(d._id)
  })

  it('offer each actor only the buttons that would work', () => {
    expect(availableDisputeActions(dispute(), teacher)).toEqual(['hear_teacher'])
    expect(availableDisputeActions(dispute(), otherTeacher)).toEqual([])
    expect(availableDisputeActions(dispute(), leader)).toEqual(['hear_teacher'])
    expect(availableDisputeActions(dispute({ teacherSide: heard }), leader)).toEqual(['hear_teacher', 'resolve'])
    expect(availableDisputeActions(dispute({ state: 'upheld' }), leader)).toEqual([])
  })
})

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  _id: 'k1',
  _v: 0,
  schoolId: 's1',
  familyId: 'f1',
  parentUserId: 'u1',
  source: 'suggestion',
  ...routeTicket('class', { classId: 'c1', headTeacherId: 'h1' }),
  text: '希望多组织亲子活动',
  createdAt: '2026-12-07T15:50:00Z', // 23:50 in Shanghai, 7 Dec
  state: 'open',
  answer: null,
  ...over,
})

describe('tickets', () => {
  it('go to the class’s head teacher, or to the school when asked or when the class has none', () => {
    expect(routeTicket('class', { classId: 'c1', headTeacherId: 'h1' })).toEqual({ route: 'class', classId: 'c1', ownerId: 'h1' })
    expect(routeTicket('class', { classId: 'c1', headTeacherId: null })).toEqual({ route: 'school', classId: 'c1', ownerId: null })
    expect(routeTicket('school', { classId: 'c1', headTeacherId: 'h1' })).toEqual({ route: 'school', classId: 'c1', ownerId: null })
    expect(routeTicket('class', null)).toEqual({ route: 'school', classId: null, ownerId: null })
  })

  it.each<[string, Ticket, { staffId: string; roles: ('head_teacher' | 'principal' | 'middle_manager')[] }, string]>([
    ['the head teacher answers their class’s ticket', ticket(), { staffId: 'h1', roles: ['head_teacher'] }, 'ok'],
    ['another head teacher may not', ticket(), { staffId: 'h2', roles: ['head_teacher'] }, 'TICKET.NOT_OWNER'],
    ['the principal may answer any', ticket(), { staffId: 'p1', roles: ['principal'] }, 'ok'],
    [
      'a school ticket is not a head teacher’s',
      ticket(routeTicket('school', null)),
      { staffId: 'h1', roles: ['head_teacher'] },
      'TICKET.NOT_OWNER',
    ],
    [
      'a middle manager is not the leadership',
      ticket(routeTicket('school', null)),
      { staffId: 'm1', roles: ['middle_manager'] },
      'TICKET.NOT_OWNER',
    ],
    ['answered once only', ticket({ state: 'answered' }), { staffId: 'h1', roles: ['head_teacher'] }, 'TICKET.ANSWERED'],
  ])('%s', (_, t, actor, code) => {
    const r = answerTicket(t, '下周安排', actor, now)
    expect(r.ok ? 'ok' : r.error.code).toBe(code)
    if (r.ok) expect(r.data).toEqual({ state: 'answered', answer: { text: '下周安排', at: now.toISOString(), by: actor.staffId } })
  })

  it.each<[string, string, string]>([
    ['2026-12-07T15:55:00Z', '今天提交', 'raised minutes ago, same Shanghai day'],
    ['2026-12-07T16:10:00Z', '已等待1天', 'past midnight in Shanghai (00:10), twenty minutes on'],
    ['2026-12-10T02:00:00Z', '已等待3天', 'three days on'],
  ])('at %s shows "%s" (%s)', (when, label) => {
    expect(ageLabel(ticket(), new Date(when))).toBe(label)
  })

  it('stop ageing once answered, and list oldest first', () => {
    const answered = ticket({ state: 'answered', answer: { text: '好', at: '2026-12-08T03:00:00Z', by: 'h1' } })
    expect(waitingDays(answered, new Date('2027-01-01T00:00:00Z'))).toBe(1)
    expect(ageLabel(answered, now)).toBe('已回复')
    const list = [ticket({ _id: 'b', createdAt: '2026-12-09T00:00:00Z' }), ticket({ _id: 'a' })]
    expect(oldestFirst(list).map((t) => t._id)).toEqual(['a', 'b'])
  })
})
