// Walkthrough finding 4 (S1): 我的提醒 records every change for both sides, whether or not anyone
// subscribed to WeChat messages; a subscription decides only whether WeChat also pushes.
// Nobody in these tests subscribes: each inbox entry below exists only because the inbox always records.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import type { TestServer } from '../support/test-server'
import { ok } from '../support/test-server'
import { chipInstant, dayChips, draftToOption } from '../../src/client/visit-time'
import { see, signInById, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-4-2'
const teacherId = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID).sort((a, b) => a.student.studentNo.localeCompare(b.student.studentNo))[1]!
const days = dayChips(E2E_NOW)
const option = (n: number, time: string) => draftToOption({ day: days[n]!.value, time, minutes: 60, format: 'home', place: '' })!

async function proposed(srv: TestServer) {
  const input = { studentId: family.student._id, topic: '聊聊孩子的作业', options: [option(3, '15:00')] }
  return ok(await srv.call(teacherId, 'visits', 'propose', input))
}

/** Opens 我的提醒 from the home page the user lands on after signing in. */
async function openInbox(page: Page, srv: TestServer, userId: string) {
  await signInById(page, srv.url, userId)
  await expect(
    visible(page)
      .getByRole('button', { name: /^我的提醒/ })
      .locator('.badge'),
  ).toHaveText(/^\d+$/)
  await tapItem(page, '.cell-tap', '我的提醒')
}

test('a parent cancels: the teacher, never subscribed, reads it in 我的提醒 with the reason', async ({ srv, newUser }) => {
  const v = await proposed(srv)
  const command = { kind: 'cancel' as const, reason: '孩子这周去外婆家了' }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
  const t = await newUser()
  await openInbox(t, srv, teacherId)
  const item = visible(t).locator('.inbox-item', { hasText: '家访已取消' }).first()
  await expect(item).toContainText('孩子这周去外婆家了')
})

test('the teacher confirms the parent’s time: the parent, who declined reminders, finds it in 我的提醒', async ({ srv, newUser }) => {
  const v = await proposed(srv)
  const counter = { kind: 'counter' as const, options: [option(5, '16:00')], text: '' }
  const c = ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command: counter }))
  const accept = { kind: 'accept' as const, optionId: c.options[0]!.id }
  ok(await srv.call(teacherId, 'visits', 'respond', { visitId: c.visitId, version: c.version, command: accept }))
  const p = await newUser()
  await openInbox(p, srv, family.parent)
  await see(p, '家访时间已确认')
  await tapItem(p, '.inbox-item', '家访时间已确认') // opens the visit it is about
  await see(p, '确认回执')
})

test('the day-before reminder reaches both inboxes with no subscription at all', async ({ srv, newUser }) => {
  const v = await proposed(srv)
  const accept = { kind: 'accept' as const, optionId: v.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command: accept }))
  const run = await srv.post('/dev/scheduler/run', { now: chipInstant(days[3]!.value, '15:00').subtract(23, 'hour').toISOString() })
  expect(run.json.ok).toBe(true)
  for (const userId of [family.parent, teacherId]) {
    const page = await newUser()
    await openInbox(page, srv, userId)
    await see(page, '明天有家访')
  }
})
