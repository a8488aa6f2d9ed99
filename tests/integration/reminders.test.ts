// Notifications: the outbox, the credit ledger and the reminder job, each send exactly once.
import { runScheduler, type JobStats } from '../../src/api/scheduler'
import { createInboxNotifier } from '../../src/api/notify/inbox-notifier'
import { TemplateKeySchema } from '../../src/core/contract/notify.contract'
import type { Notifier } from '../../src/core/ports/notifier'
import { demo } from '../support/demo'
import type { Result } from '../../src/core/result'
import { ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
let now = new Date('2026-12-01T02:00:00.000Z')
beforeAll(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterAll(() => srv.close())

const runJob = async (at: string) => ok((await srv.post('/dev/scheduler/run', { now: at })).json as Result<JobStats>)
const inbox = async (userId: string) => ok(await srv.call(userId, 'notify', 'inbox', {}))

const binding = demo.bindings.find((b) => b.status === 'approved' && b.classId === 'cls-qs-1-2')!
const parent = binding.userId
const kid = demo.students.find((s) => s._id === binding.studentId)!
const head = demo.headTeacher('cls-qs-1-2')

test('a proposal reaches the parent only after they subscribed, with neutral text, once', async () => {
  const v = ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: kid._id,
      topic: `关于${kid.name}的学习`,
      options: [{ startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home', place: null }],
    }),
  )
  expect((await runJob(now.toISOString())).noCredit).toBe(1) // never subscribed: nothing sent
  expect((await inbox(parent)).total).toBe(0)

  // The parent taps "订阅提醒" and accepts two templates.
  expect(ok(await srv.call(parent, 'notify', 'subscribed', { accepted: ['visit_agreed', 'visit_reminder'] })).credits).toEqual({
    visit_agreed: 1,
    visit_reminder: 1,
  })
  ok(await srv.call(parent, 'notify', 'subscribed', { accepted: ['visit_reminder'] }))
  ok(await srv.call(head, 'notify', 'subscribed', { accepted: ['visit_agreed', 'visit_changed'] }))

  const agreed = ok(
    await srv.call(parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'accept', optionId: v.options[0]!.id },
    }),
  )
  expect(agreed.status).toBe('scheduled')
  const run = await runJob(now.toISOString())
  expect(run.sent).toBe(1) // the teacher hears "agreed"
  const teacherInbox = await inbox(head)
  expect(teacherInbox.items[0]).toMatchObject({ title: '家访时间已确认', read: false })
  expect(teacherInbox.items[0]!.body).toContain('2026年12月3日 15:00')
  expect(JSON.stringify(teacherInbox)).not.toContain(kid.name) // neutral: no child names
  expect((await runJob(now.toISOString())).sent).toBe(0) // a second run sends nothing new
})

test('reminders the day before and the hour before, with a moved clock, exactly once each', async () => {
  const dayBefore = '2026-12-02T08:00:00.000Z' // 16:00 the day before, Shanghai
  const first = await runJob(dayBefore)
  expect(first.enqueued).toBe(4) // day + hour, for the teacher and the parent
  expect(first.sent).toBe(1) // the parent's day-before reminder (the teacher has no reminder credit)
  const items = (await inbox(parent)).items
  expect(items.map((i) => i.title)).toEqual(['明天有家访'])
  expect(items[0]!.body).toBe('家访时间：2026年12月3日 15:00，形式：入户。')

  // Two job runs at the same moment: still one message.
  await Promise.all([runJob(dayBefore), runJob(dayBefore)])
  expect((await inbox(parent)).total).toBe(1)

  await runJob('2026-12-03T06:05:00.000Z') // 14:05, within the hour before
  expect((await inbox(parent)).items.map((i) => i.title)).toEqual(['一小时后家访', '明天有家访'])
  await runJob('2026-12-03T06:10:00.000Z')
  expect((await inbox(parent)).total).toBe(2)
})

test('a send that crashed after claiming is recovered and lands once, even if the first attempt had landed', async () => {
  const [item] = await srv.store.find('outbox', { where: { status: 'no_credit' }, limit: 1 })
  const userId = String(item!.userId)
  const templateKey = TemplateKeySchema.parse(item!.templateKey)
  ok(await srv.call(userId, 'notify', 'subscribed', { accepted: [templateKey] }))
  const notifier = createInboxNotifier(srv.store)
  // The first attempt reached the inbox, then the process died before recording it.
  await notifier.send({
    outboxId: item!._id,
    userId,
    openid: null,
    templateKey,
    title: String(item!.title),
    body: String(item!.body),
    page: 'p',
    data: {},
    at: '2026-12-03T06:00:00.000Z',
  })
  await srv.store.update('outbox', item!._id, { status: 'sending', claimedAt: '2026-12-03T06:00:00.000Z' })
  const before = await srv.store.count('inbox', { userId })
  const stats = await runScheduler({ store: srv.store, notifier }, new Date('2026-12-03T06:30:00.000Z'))
  expect(stats.recovered).toBe(1)
  expect((await srv.store.get('outbox', item!._id))!.status).toBe('sent')
  expect(await srv.store.count('inbox', { userId })).toBe(before)
})

test('a notifier that cannot deduplicate is never retried after a crash (at most once)', async () => {
  const [item] = await srv.store.find('outbox', { where: { status: 'sent' }, limit: 1 })
  await srv.store.update('outbox', item!._id, { status: 'sending', claimedAt: '2026-12-03T06:00:00.000Z' })
  const sends: string[] = []
  const wechatLike: Notifier = { idempotent: false, send: async (m) => (sends.push(m.outboxId), { ok: true }) }
  const stats = await runScheduler({ store: srv.store, notifier: wechatLike }, new Date('2026-12-03T06:31:00.000Z'))
  expect(stats.recovered).toBe(1)
  expect(sends).not.toContain(item!._id)
  expect((await srv.store.get('outbox', item!._id))!.status).toBe('unknown')
})

test('a rescheduled visit’s old reminders are skipped', async () => {
  const familyOf = (b: { studentId: string }) => demo.students.find((s) => s._id === b.studentId)!.familyId
  const b2 = demo.bindings.find((b) => b.status === 'approved' && b.classId === 'cls-qs-1-1' && familyOf(b) !== kid.familyId)!
  const h2 = demo.headTeacher('cls-qs-1-1')
  ok(await srv.call(b2.userId, 'notify', 'subscribed', { accepted: ['visit_reminder', 'visit_changed'] }))
  const v = ok(
    await srv.call(h2, 'visits', 'propose', {
      studentId: b2.studentId,
      topic: '家访',
      options: [{ startAt: '2026-12-20T15:00:00+08:00', endAt: '2026-12-20T15:30:00+08:00', format: 'video', place: null }],
    }),
  )
  const a = ok(
    await srv.call(b2.userId, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'accept', optionId: v.options[0]!.id },
    }),
  )
  await runJob('2026-12-19T08:00:00.000Z') // reminders queued, the day one sent
  now = new Date('2026-12-19T09:00:00.000Z')
  ok(
    await srv.call(h2, 'visits', 'respond', {
      visitId: v.visitId,
      version: a.version,
      command: {
        kind: 'reschedule',
        options: [{ startAt: '2026-12-22T15:00:00+08:00', endAt: '2026-12-22T15:30:00+08:00', format: 'video', place: null }],
      },
    }),
  )
  const stats = await runJob('2026-12-20T06:05:00.000Z') // the old hour-before reminder is now due
  expect(stats.skipped).toBe(2) // the old hour-before reminders of the parent and the teacher
  const titles = (await inbox(b2.userId)).items.map((i) => i.title)
  expect(titles).not.toContain('一小时后家访')
  expect(titles).toContain('家访安排有变化')
})

test('inbox items are private and can be marked read', async () => {
  const mine = (await inbox(parent)).items
  expect(ok(await srv.call(head, 'notify', 'markRead', { ids: mine.map((i) => i.id) })).updated).toBe(0)
  expect(ok(await srv.call(parent, 'notify', 'markRead', { ids: [mine[0]!.id] })).updated).toBe(1)
  expect((await inbox(parent)).unread).toBe(mine.length - 1)
})

test('stored answers for retried requests are dropped after a week', async () => {
  await srv.store.insert('requests', { _id: 'u:visits.respond:old', at: '2026-11-01T00:00:00.000Z', result: { ok: true, data: {} } })
  await srv.store.insert('requests', { _id: 'u:visits.respond:new', at: '2026-12-01T00:00:00.000Z', result: { ok: true, data: {} } })
  const stats = await runJob('2026-12-03T00:00:00.000Z')
  expect(stats.purged).toBe(1)
  expect(await srv.store.get('requests', 'u:visits.respond:old')).toBeNull()
  expect(await srv.store.get('requests', 'u:visits.respond:new')).not.toBeNull()
})
