// What a co-visitor is told: only steps that move an agreed time, with the time and format, never
// what either side wrote (a reason may speak of the family).
import { THREAD_ENTRY_KINDS, type ThreadEntry, type VisitOption } from '../../../src/core/model/visit.schema'
import { coVisitorMessage } from '../../../src/core/visit/messages'

const option = (id: string, startAt: string, format: VisitOption['format'] = 'home'): VisitOption => ({
  id,
  startAt,
  endAt: startAt.replace('T07', 'T08'),
  format,
  place: format === 'school' ? '三楼会议室' : null,
})
const AGREED = option('o1', '2026-12-12T07:00:00.000Z')
const NEXT = option('o2', '2026-12-13T07:00:00.000Z', 'school')
const entry = (kind: ThreadEntry['kind'], text = '家里老人住院了'): ThreadEntry => ({
  seq: 3,
  at: '2026-12-01T02:00:00.000Z',
  side: 'parent',
  actorUserId: 'u-parent',
  actorName: '张妈妈',
  kind,
  options: kind === 'accept' || kind === 'cancel' ? [] : [NEXT],
  chosenOptionId: null,
  text,
})

test.each([
  ['reschedule', AGREED, null, '家访时间有变化', '您一同参加的 12月12日（周六）下午3:00 的家访要改期，新的时间约好后会再告诉您。'],
  ['cancel', AGREED, null, '家访已取消', '您一同参加的 12月12日（周六）下午3:00 的家访已取消。'],
  ['cancel', null, null, '家访已取消', '您一同参加的家访已取消。'],
  ['accept', null, NEXT, '家访时间已确认', '您一同参加的家访时间已确认：12月13日（周日）下午3:00（到校/约见）。'],
  ['phone_agreement', null, AGREED, '家访时间已确认', '您一同参加的家访时间已确认：12月12日（周六）下午3:00（入户）。'],
] as const)('%s (agreed before: %p): told', (kind, before, agreed, title, body) => {
  const text = coVisitorMessage({ entry: entry(kind), before, agreed })
  expect(text).toEqual({ title, body })
  for (const secret of ['家里老人住院了', '张妈妈', '三楼会议室']) expect(`${text!.title}${text!.body}`).not.toContain(secret)
})

test('steps that move no agreed time tell a co-visitor nothing', () => {
  const quiet = THREAD_ENTRY_KINDS.filter((k) => !['reschedule', 'cancel', 'accept', 'phone_agreement'].includes(k))
  expect(quiet.length).toBeGreaterThan(0)
  for (const kind of quiet) expect(coVisitorMessage({ entry: entry(kind), before: null, agreed: null })).toBeNull()
  // A reschedule can only follow an agreement; without one there is no time to speak of.
  expect(coVisitorMessage({ entry: entry('reschedule'), before: null, agreed: null })).toBeNull()
})
