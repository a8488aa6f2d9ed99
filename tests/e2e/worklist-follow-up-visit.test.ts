// A plan follow-up for a family whose visit of this period is not yet agreed (a new semester): sent as a
// follow-up visit it is refused with what to do, and 作为本次需要的家访发出 sends it as that visit instead.
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { dayChips } from '../../src/client/visit-time'
import { see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const teacherId = demo.headTeacher('cls-qs-3-2')

test('no required visit yet: the follow-up becomes this period’s visit', async ({ srv, newUser }, info) => {
  const w = ok(await srv.call(teacherId, 'coverage', 'worklist', {}))
  const kid = demo.familiesOf('cls-qs-3-2').find((f) => w.rows.some((r) => r.familyId === f.student.familyId))!.student
  const ownerId = demo.staffOf(teacherId)._id
  const doc = { _id: 'vis-e2e-spring:0', schoolId: demo.schoolId, familyId: kid.familyId, ownerId, visitId: 'vis-e2e-spring' }
  await srv.direct.insert('follow_ups', { ...doc, dueDate: '2026-12-04', text: '看看寒假计划', done: false })
  const page = await newUser()
  await page.setViewportSize({ width: 375, height: 667 })
  await signInById(page, srv.url, teacherId)
  await visible(page)
    .getByRole('button', { name: /看看寒假计划，发起跟进家访$/ })
    .click()
  await tapItem(page, '.chip', dayChips(E2E_NOW)[3]!.label)
  await visible(page)
    .locator('.chip', { hasText: /^16:00$/ })
    .click()
  await tap(page, /^发给家长$|^发起家访，再打电话约$/)
  await see(page, /^跟进家访要在这个家庭本学期（学年）的家访约好之后才能发起/)
  await visible(page).getByText('作为本次需要的家访发出').scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('propose-follow-up-refused.png'), animations: 'disabled' })
  // The same button now sends it as this period's visit (sending it as a follow-up again would only fail).
  await expect(visible(page).getByText('发给家长', { exact: true })).toHaveCount(0)
  await tap(page, '作为本次需要的家访发出')
  await see(page, '看看寒假计划')
  const sent = await srv.direct.find('visits', { where: { familyId: kid.familyId }, limit: 5 })
  expect(sent.map((v) => [v.topic, v.followUp, v.required])).toEqual([['看看寒假计划', false, true]])
})
