// The reminder before a video or group visit opens its waiting room (视频家访); other visits open the visit.
import { runScheduler } from '../../src/api/scheduler'
import type { Notifier, OutgoingMessage } from '../../src/core/ports/notifier'
import { pageLink } from '../../src/core/pages'
import { demo } from '../support/demo'
import { agreedOn } from '../support/hold'
import { ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer({ clock: () => new Date('2026-12-01T02:00:00.000Z') })
})
afterAll(() => srv.close())

const pushes: OutgoingMessage[] = []
const wechat: Notifier = { idempotent: false, send: async (m) => (pushes.push(m), { ok: true }) }
const CLASS = 'cls-qs-2-2'
const [video, home] = demo.familiesOf(CLASS)

test('day-before reminders: the video visit links to its waiting room, the home visit to the visit page', async () => {
  const teacher = demo.headTeacher(CLASS)
  const v = (await agreedOn(srv, teacher, video!, '03', 'video', '19:00', '19:30')).visitId
  const h = (await agreedOn(srv, teacher, home!, '03', 'home', '15:00', '16:00')).visitId
  ok(await srv.call(video!.parent, 'notify', 'subscribed', { accepted: ['visit_reminder'] }))
  // 16:00 and 19:30 the day before: both day-before reminders queued, then due.
  for (const t of ['2026-12-02T08:00:00.000Z', '2026-12-02T11:30:00.000Z', '2026-12-02T11:31:00.000Z'])
    await runScheduler({ store: srv.store, notifier: wechat }, new Date(t))
  const items = ok(await srv.call(video!.parent, 'notify', 'inbox', {})).items
  expect(items.find((i) => i.title === '明天有家访')!.page).toBe(pageLink('videoRoom', { id: v }))
  expect(pushes.find((p) => p.userId === video!.parent && p.title === '明天有家访')!.page).toBe(pageLink('videoRoom', { id: v }))
  const teacherItems = ok(await srv.call(teacher, 'notify', 'inbox', {})).items.filter((i) => i.title === '明天有家访')
  expect(teacherItems.map((i) => i.page).sort()).toEqual([pageLink('videoRoom', { id: v }), pageLink('visitDetail', { id: h })].sort())
})
