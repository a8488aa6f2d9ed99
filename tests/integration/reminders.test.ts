// Notifications: the in-app inbox records every change and reminder for everyone of the visit, whether
// or not they subscribed; a subscription credit decides only whether WeChat also pushes. Each exactly
// once, under retried requests and two job runs at once. WeChat is the Notifier port, here a recording fake.
import { runScheduler } from '../../src/api/scheduler'
import type { NotifyEvent } from '../../src/core/model/notification.schema'
import type { Notifier, OutgoingMessage } from '../../src/core/ports/notifier'
import type { Result } from '../../src/core/result'
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { ok, startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'
import { agreedVisit, counterVisit, proposeVisit, slot, type DemoFamily } from '../support/visits'

let srv: TestServer
const now = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
/** The server's clock moves a second per reading, so each change is newer than the one before. */
let clockBase = now.getTime()
let ticks = 0
const setClock = (iso: string) => ((clockBase = Date.parse(iso)), (ticks = 0))
beforeAll(async () => {
  srv = await startTestServer({ clock: () => new Date(clockBase + ++ticks * 1000) })
})
beforeEach(() => setClock(now.toISOString()))
afterAll(() => srv.close())

/** WeChat's subscribeMessage.send, recorded. */
const pushes: OutgoingMessage[] = []
const wechat: Notifier = { idempotent: false, send: async (m) => (pushes.push(m), { ok: true }) }
const runJob = (at: string | Date, notifier = wechat) => runScheduler({ store: srv.store, notifier }, new Date(at))
/** A job run a little after the changes a test made. */
const soon = () => new Date(clockBase + 10 * 60e3)
const pushedTo = (userId: string) => pushes.filter((p) => p.userId === userId).map((p) => p.title)
const inbox = async (userId: string) => ok(await srv.call(userId, 'notify', 'inbox', {})).items
const titles = async (userId: string) => (await inbox(userId)).map((i) => i.title)
const outboxOf = (visitId: string, event: NotifyEvent) => srv.store.find('outbox', { where: { visitId, event }, limit: 20 })

/** The first approved family of a class (one class per test, so calendars and claims stay apart). */
const familyOf = (classId: string): DemoFamily & { head: string; name: string } => {
  const f = demo.familiesOf(classId).find((x) => demo.approvedChildren(x.parent).length === 1)
  return { ...f!, head: demo.headTeacher(classId), name: f!.student.name }
}
/** The request a tap sends: with a request id, its retries are the same request. */
const tapRespond = async (userId: string, visitId: string, command: unknown, requestId?: string) => {
  const v = ok(await srv.call(userId, 'visits', 'get', { visitId }))
  const body = { action: 'respond', input: { visitId, version: v.version, command }, requestId }
  return async () => (await srv.post('/api/visits', body, signSession(userId, TEST_SECRET))).json as Result<{ status: string }>
}
const respond = async (userId: string, visitId: string, command: unknown) => (await tapRespond(userId, visitId, command))()

test('a parent cancels: the teacher’s inbox says so with the reason, though nobody subscribed', async () => {
  const f = familyOf('cls-qs-1-1')
  const { visitId } = await proposeVisit(srv, f.head, f)
  ok(await respond(f.parent, visitId, { kind: 'cancel', reason: '孩子这周发烧，过几天再约' }))

  const [item] = await inbox(f.head)
  expect(item).toMatchObject({ title: '家访已取消', body: '家长取消了家访：孩子这周发烧，过几天再约', read: false })
  expect(item!.page).toContain(visitId)
  await runJob(soon())
  expect(pushedTo(f.head)).toEqual([]) // no credit: WeChat stays silent
  expect((await outboxOf(visitId, 'cancelled')).map((o) => o.status)).toEqual(['no_credit'])
})

test('a teacher confirms the parent’s time: the parent’s inbox says so, without any subscription', async () => {
  const f = familyOf('cls-qs-1-2')
  const { visitId } = await proposeVisit(srv, f.head, f)
  await counterVisit(srv, f, visitId, slot('05', '18:30', '19:30'), '晚上家里有人')
  expect(await inbox(f.head)).toMatchObject([
    { title: '家长提出了别的时间', body: '家长提出了新的时间：12月5日（周六）晚上6:30（入户），留言：晚上家里有人，请打开确认。' },
  ])
  ok(await respond(f.head, visitId, { kind: 'accept', optionId: `r2-1` }))

  const items = await inbox(f.parent)
  expect(items.map((i) => i.title)).toEqual(['家访时间已确认', '老师发来了家访时间'])
  expect(items[0]!.body).toBe('老师确认了 12月5日（周六）晚上6:30 的家访（入户）。')
  // Only the signed-in user reads these, still: no child's name in them, nor in the teacher's.
  expect(JSON.stringify([items, await inbox(f.head)])).not.toContain(f.name)
})

test('WeChat pushes only with a credit, once however many runs', async () => {
  const f = familyOf('cls-qs-2-1')
  const { visitId } = await proposeVisit(srv, f.head, f, [slot('07', '15:00', '16:00')])
  await runJob(soon())
  expect(pushedTo(f.parent)).toEqual([])
  ok(await srv.call(f.head, 'notify', 'subscribed', { accepted: ['visit_agreed'] }))

  ok(await respond(f.parent, visitId, { kind: 'accept', optionId: 'r1-1' }))
  await Promise.all([runJob(soon()), runJob(soon())])
  await runJob(soon())
  expect(pushedTo(f.head)).toEqual(['家访时间已确认'])
  expect(pushes.find((p) => p.userId === f.head)!.body).toBe('家访时间：2026年12月7日 15:00，形式：入户。') // neutral: no names
  expect(await titles(f.head)).toEqual(['家访时间已确认'])
  expect(await srv.store.get('credits', `${f.head}:visit_agreed`)).toMatchObject({ n: 0 })
})

test('every guardian of the child hears of a change, in words for their side; the one who made it does not', async () => {
  const f = familyOf('cls-qs-2-2')
  const second = await bindSecondGuardian('cls-qs-2-2', f)
  const { visitId } = await proposeVisit(srv, f.head, f, [slot('08', '19:00', '20:00', 'video')])
  ok(await respond(second, visitId, { kind: 'accept', optionId: 'r1-1' }))

  expect((await inbox(f.head))[0]).toMatchObject({ body: '家长确认了 12月8日（周二）晚上7:00 的家访（视频）。' })
  expect((await inbox(f.parent))[0]).toMatchObject({ body: '孩子的另一位家长确认了 12月8日（周二）晚上7:00 的家访（视频）。' })
  expect(await titles(second)).toEqual(['老师发来了家访时间'])
  // WeChat pushes still go to the side whose news it is: the teacher, not the other guardian.
  expect((await outboxOf(visitId, 'agreed')).map((o) => o.userId)).toEqual([f.head])
})

test('a retried request and two job runs at once record a change once', async () => {
  const f = familyOf('cls-qs-3-1')
  const { visitId } = await agreedVisit(srv, f.head, f, slot('09', '16:00', '17:00'))
  const send = await tapRespond(f.head, visitId, { kind: 'cancel', reason: '学校临时安排培训' }, 'tap-cancel-1')
  const [a, b] = await Promise.all([send(), send()]) // a double tap
  expect([a.ok || a.error.code, b.ok || b.error.code]).toContain(true)
  ok(await send()) // the retry after a lost answer
  await Promise.all([runJob(soon()), runJob(soon())])

  const cancelled = (await inbox(f.parent)).filter((i) => i.title === '家访已取消')
  expect(cancelled.map((i) => i.body)).toEqual(['老师取消了 12月9日（周三）下午4:00 的家访：学校临时安排培训'])
})

test('reminders the day before and the hour before reach both inboxes, subscribed or not, exactly once', async () => {
  const f = familyOf('cls-qs-3-2')
  await agreedVisit(srv, f.head, f, slot('03', '15:00', '16:00'))
  const dayBefore = '2026-12-02T08:00:00.000Z' // 16:00 the day before, Shanghai
  const [first, second] = await Promise.all([runJob(dayBefore), runJob(dayBefore)])
  expect(first!.enqueued + second!.enqueued).toBe(4) // day + hour, for the teacher and the parent
  await runJob(dayBefore)
  for (const user of [f.head, f.parent]) {
    expect((await inbox(user))[0]).toMatchObject({ title: '明天有家访', body: '12月3日（周四）下午3:00（入户），请留好时间。' })
    expect((await titles(user)).filter((t) => t === '明天有家访')).toHaveLength(1)
  }
  expect([...pushedTo(f.head), ...pushedTo(f.parent)]).toEqual([]) // nobody subscribed to reminders

  ok(await srv.call(f.parent, 'notify', 'subscribed', { accepted: ['visit_reminder'] }))
  await Promise.all([runJob('2026-12-03T06:05:00.000Z'), runJob('2026-12-03T06:05:00.000Z')]) // 14:05, the hour before
  await runJob('2026-12-03T06:10:00.000Z')
  expect(pushedTo(f.parent)).toEqual(['一小时后家访'])
  for (const user of [f.head, f.parent]) expect((await titles(user)).filter((t) => t === '一小时后有家访')).toHaveLength(1)
})

test('a rescheduled visit’s old reminders are neither recorded nor sent', async () => {
  const f = familyOf('cls-qs-4-1')
  const { visitId } = await agreedVisit(srv, f.head, f, slot('20', '15:00', '15:30'))
  ok(await srv.call(f.parent, 'notify', 'subscribed', { accepted: ['visit_reminder'] }))
  await runJob('2026-12-19T08:00:00.000Z') // reminders queued, the day-before one recorded and sent
  setClock('2026-12-19T09:00:00.000Z')
  ok(await respond(f.head, visitId, { kind: 'reschedule', options: [slot('22', '15:00', '15:30', 'video')], text: '那天要开会' }))
  const stats = await runJob('2026-12-20T06:05:00.000Z') // the old hour-before reminder is now due
  expect(stats.skipped).toBe(2) // the old hour-before reminders of the parent and the teacher
  expect(await titles(f.parent)).not.toContain('一小时后有家访')
  expect(pushedTo(f.parent)).toEqual(['明天有家访'])
  expect((await inbox(f.parent))[0]).toMatchObject({
    title: '老师想改期',
    body: '老师想把 12月20日（周日）下午3:00 的家访改到新的时间：12月22日（周二）下午3:00（视频），留言：那天要开会，请打开确认。',
  })
})

test('a push that crashed after its claim is retried only through a notifier that cannot duplicate it', async () => {
  const f = familyOf('cls-qs-4-2')
  const { visitId } = await proposeVisit(srv, f.head, f)
  ok(await srv.call(f.parent, 'notify', 'subscribed', { accepted: ['visit_proposal'] }))
  const [item] = await outboxOf(visitId, 'proposal')
  // The process died after claiming the push, before recording what happened.
  await srv.store.update('outbox', item!._id, { status: 'sending', claimedAt: '2026-12-01T01:00:00.000Z' })
  const wechatOnce = await runJob(soon())
  expect(wechatOnce.recovered).toBe(1)
  expect(pushedTo(f.parent)).toEqual([]) // WeChat cannot deduplicate: at most once
  expect(await srv.store.get('outbox', item!._id)).toMatchObject({ status: 'unknown' })

  await srv.store.update('outbox', item!._id, { status: 'sending', claimedAt: '2026-12-01T01:00:00.000Z' })
  const sent: string[] = []
  const dedup: Notifier = { idempotent: true, send: async (m) => (sent.push(m.outboxId), { ok: true }) }
  expect((await runJob(soon(), dedup)).recovered).toBe(1)
  expect(sent).toEqual([item!._id])
  expect(await srv.store.get('outbox', item!._id)).toMatchObject({ status: 'sent' })
})

test('inbox items are private and can be marked read', async () => {
  const f = familyOf('cls-qs-1-1')
  const mine = await inbox(f.head)
  expect(ok(await srv.call(f.parent, 'notify', 'markRead', { ids: mine.map((i) => i.id) })).updated).toBe(0)
  expect(ok(await srv.call(f.head, 'notify', 'markRead', { ids: [mine[0]!.id] })).updated).toBe(1)
  expect(ok(await srv.call(f.head, 'notify', 'inbox', {})).unread).toBe(mine.length - 1)
})

test('stored answers for retried requests are dropped after a week', async () => {
  await srv.store.insert('requests', { _id: 'u:visits.respond:old', at: '2026-11-01T00:00:00.000Z', result: { ok: true, data: {} } })
  await srv.store.insert('requests', { _id: 'u:visits.respond:new', at: '2026-12-01T00:00:00.000Z', result: { ok: true, data: {} } })
  const stats = ok((await srv.post('/dev/scheduler/run', { now: '2026-12-03T00:00:00.000Z' })).json as Result<{ purged: number }>)
  expect(stats.purged).toBeGreaterThanOrEqual(1)
  expect(await srv.store.get('requests', 'u:visits.respond:old')).toBeNull()
  expect(await srv.store.get('requests', 'u:visits.respond:new')).not.toBeNull()
})

/** A grandparent joins with the class code and the head teacher approves: a second guardian of the child. */
async function bindSecondGuardian(classId: string, f: ReturnType<typeof familyOf>): Promise<string> {
  const { PRIVACY_NOTICE } = await import('../../src/core/privacy/notice')
  const second = await srv.newcomer()
  const { code } = ok(await srv.call(f.head, 'accounts', 'classInvite', { classId }))
  const { bindingId } = ok(
    await srv.call(second, 'accounts', 'requestBinding', {
      code,
      studentName: f.name,
      studentNo: demo.students.find((s) => s._id === f.student._id)!.studentNo,
      relation: 'grandmother',
      applicantName: '张桂兰',
      noticeVersion: PRIVACY_NOTICE.version,
      guardianConsent: true,
      sensitiveConsent: false,
    }),
  )
  const pending = ok(await srv.call(f.head, 'accounts', 'pendingBindings', { classId })).pending.find((p) => p.bindingId === bindingId)!
  ok(await srv.call(f.head, 'accounts', 'decideBinding', { bindingId, version: pending.version, approve: true }))
  return second
}
