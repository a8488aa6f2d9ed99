// What a caller whose action came too late is told: who acted (the other guardian, the teacher, a
// parent) and what they did, from the visit's thread, with Shanghai times.
import type { ThreadEntry, Visit } from '../../../src/core/model/visit.schema'
import { decide } from '../../../src/core/visit/negotiation'
import { lastChangeWords, staleMessage } from '../../../src/core/visit/who-acted'
import { at, buildOption, buildScheduled, buildVisit, NOW } from '../../support/builders'

const mum = { side: 'parent' as const, userId: 'usr-mum', name: '李娟' }
const grandma = { side: 'parent' as const, userId: 'usr-grandma', name: '张桂兰' }
const teacher = { side: 'teacher' as const, userId: 'usr-stf-1', name: '王芳' }
type Who = typeof mum | typeof teacher

const entry = (by: Who, kind: ThreadEntry['kind']): ThreadEntry => ({
  seq: 2,
  at: at('2026-12-01T09:30:00'),
  side: by.side,
  actorUserId: by.userId,
  actorName: by.name,
  kind,
  options: [],
  chosenOptionId: null,
  text: '',
})
const propose = { ...entry(teacher, 'propose'), seq: 1 }
// 12月11日 18:30 in Shanghai is 10:30 UTC: the words must use Shanghai time whatever the process zone.
const agreedAt = buildOption({ startAt: at('2026-12-11T18:30:00'), endAt: at('2026-12-11T19:30:00') })
const scheduledAfter = (e: ThreadEntry) =>
  buildScheduled({ thread: [propose, e], agreed: { ...buildScheduled().agreed!, option: agreedAt } })
const openAfter = (e: ThreadEntry, over: Partial<Visit> = {}) => buildVisit({ thread: [propose, e], ...over })

const TABLE: Array<[string, Visit, Who, string | null]> = [
  ['the other guardian accepted', scheduledAfter(entry(grandma, 'accept')), mum, '孩子的另一位家长已确认了 12月11日 18:30'],
  ['the other guardian counter-offered', openAfter(entry(grandma, 'counter')), mum, '孩子的另一位家长刚刚改了时间'],
  ['the other guardian asked to reschedule', openAfter(entry(grandma, 'reschedule')), mum, '孩子的另一位家长刚刚改了时间'],
  ['the other guardian declined a home visit', openAfter(entry(grandma, 'decline_home')), mum, '孩子的另一位家长刚刚说明了不方便入户'],
  ['the other guardian cancelled', openAfter(entry(grandma, 'cancel'), { status: 'cancelled' }), mum, '孩子的另一位家长已取消了这次家访'],
  ['the teacher changed the times', openAfter(entry(teacher, 'reschedule')), mum, '王芳老师刚刚改了时间'],
  ['the teacher agreed by phone', scheduledAfter(entry(teacher, 'phone_agreement')), mum, '王芳老师已和家长电话约好了 12月11日 18:30'],
  ['a parent accepted, read by the teacher', scheduledAfter(entry(grandma, 'accept')), teacher, '家长已确认了 12月11日 18:30'],
  ['the reader made the last change', openAfter(entry(mum, 'counter')), mum, null],
  ['nothing happened yet', buildVisit({ thread: [] }), mum, null],
]

test.each(TABLE)('%s', (_label, visit, reader, words) => {
  expect(lastChangeWords(visit, reader)).toBe(words)
  expect(staleMessage(visit, reader)).toBe(`${words ?? '这次家访刚刚有了变化'}，请看最新安排`)
})

describe('a refused action says who acted first', () => {
  test('the other guardian already accepted: a counter-offer is refused naming them and the time', () => {
    const visit = scheduledAfter(entry(grandma, 'accept'))
    const r = decide(visit, mum, { kind: 'counter', options: [], text: '' }, NOW, 'v1')
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VISIT.ALREADY_AGREED', message: '孩子的另一位家长已确认了 12月11日 18:30，请看最新安排' },
    })
  })

  test('the other guardian already answered the teacher: it is the teacher’s turn now', () => {
    const visit = openAfter(entry(grandma, 'counter'), { status: 'awaiting_teacher', offeredBy: 'parent' })
    const r = decide(visit, mum, { kind: 'accept', optionId: 'o-1' }, NOW, 'v1')
    expect(r).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_YOUR_TURN', message: '孩子的另一位家长刚刚改了时间，请看最新安排' } })
  })

  test('the caller’s own earlier answer keeps the plain message', () => {
    const visit = openAfter(entry(mum, 'counter'), { status: 'awaiting_teacher', offeredBy: 'parent' })
    const r = decide(visit, mum, { kind: 'accept', optionId: 'o-1' }, NOW, 'v1')
    expect(r).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_YOUR_TURN', message: '正在等待对方回复，请耐心等待' } })
  })
})
