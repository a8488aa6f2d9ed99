// Co-visitors hear when the agreed time moves: agreed, rescheduled (by either side), agreed again,
// cancelled. One neutral inbox item each, with the time only: no reason, no names, no message text.
import type { CallInput } from '../../src/client/api'
import { familyNo, guardianOf, headTeacher, leader, principal, proposal } from '../support/covisit'
import { ok, serverOnMovedClock } from '../support/test-server'
import { slot } from '../support/visits'

const { srv } = serverOnMovedClock()

const family = familyNo(0)
let visitId = ''
const inboxOf = async (userId: string) =>
  (await srv.direct.find('inbox', { where: { userId }, limit: 100 })).filter((i) => String(i.page).includes(visitId))
type Command = CallInput<'visits', 'respond'>['command']
const respond = async (who: string, command: Command) => {
  const v = ok(await srv.call(who, 'visits', 'get', { visitId }))
  return ok(await srv.call(who, 'visits', 'respond', { visitId, version: v.version, command }))
}
/** What a co-visitor must never read in a notice: the family, the child, what either side wrote. */
const PRIVATE = [family.student.name, '孩子生病', '那天家里有事']

beforeAll(async () => {
  visitId = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, '10'))).visitId
  const { requestId } = ok(await srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true }))
  // Someone who asked and was turned down is no co-visitor: they hear nothing below.
  const other = ok(await srv.call(principal(), 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId: other.requestId, accept: false }))
})

test('agreed, rescheduled by the parent, agreed again, cancelled: the co-visitor is told each time, neutrally', async () => {
  const joined = new Set((await inboxOf(leader())).map((i) => i._id))
  const declined = (await inboxOf(principal())).length
  const guardianId = guardianOf(family.student.familyId)._id
  await respond(headTeacher(), { kind: 'phone_agreement', option: slot('12', '15:00', '16:00'), guardianId })
  await respond(family.parent, { kind: 'reschedule', options: [slot('13', '19:00', '19:30', 'video')], text: '那天家里有事' })
  const t = ok(await srv.call(headTeacher(), 'visits', 'get', { visitId }))
  await respond(headTeacher(), { kind: 'accept', optionId: t.options[0]!.id })
  await respond(headTeacher(), { kind: 'cancel', reason: '孩子生病' })

  // Item ids carry the visit's step: inb-<visit>-<step>-<user>.
  const step = (id: string) => Number(id.slice(`inb-${visitId}-`.length).split('-')[0])
  const items = (await inboxOf(leader())).filter((i) => !joined.has(i._id)).sort((a, b) => step(a._id) - step(b._id))
  expect(items.map((i) => [i.title, i.body])).toEqual([
    ['家访时间已确认', '您一同参加的家访时间已确认：12月12日（周六）下午3:00（入户）。'],
    ['家访时间有变化', '您一同参加的 12月12日（周六）下午3:00 的家访要改期，新的时间约好后会再告诉您。'],
    ['家访时间已确认', '您一同参加的家访时间已确认：12月13日（周日）晚上7:00（视频）。'],
    ['家访已取消', '您一同参加的 12月13日（周日）晚上7:00 的家访已取消。'],
  ])
  for (const i of items) for (const word of PRIVATE) expect(`${i.title}${i.body}`).not.toContain(word)
  expect(items.every((i) => i.read === false && String(i.page).includes(`id=${visitId}`))).toBe(true)
  // Inbox only: no WeChat push for a co-visitor.
  expect(await srv.direct.count('outbox', { userId: leader(), visitId })).toBe(0)
  expect(await inboxOf(principal())).toHaveLength(declined)
})

test('the parent is told as before, with the reason the co-visitor does not see', async () => {
  const parentItems = await inboxOf(family.parent)
  expect(parentItems.some((i) => i.title === '家访已取消' && String(i.body).includes('孩子生病'))).toBe(true)
})
