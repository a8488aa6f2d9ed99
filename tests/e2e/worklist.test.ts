// 还需家访 on the teacher home, through the built H5 app: special families first with their badge, a
// tap opens the proposal for that child, 多选 sends three families to the bulk proposal; plan follow-ups
// due this week come first, are proposed as follow-up visits or marked done. Screens at 375×667 and at
// 150 % text are kept in test-results for a person to look at.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { dayChips } from '../../src/client/visit-time'
import { pageRoute } from '../../src/core/pages'
import { see, signInById, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { E2E_NOW, expect, test } from './fixtures'

const teacherId = demo.headTeacher('cls-qs-3-2')
const rowsOf = (page: Page) => visible(page).locator('.work-row')

async function openHome(page: Page, srv: TestServer) {
  await page.setViewportSize({ width: 375, height: 667 })
  await signInById(page, srv.url, teacherId)
  await see(page, '还需家访')
}

test('special families first; a tap on a row opens the proposal for that child', async ({ srv, newUser }, info) => {
  const expected = ok(await srv.call(teacherId, 'coverage', 'worklist', {}))
  const regular = expected.rows.findIndex((r) => !r.special)
  expect(regular).toBeGreaterThan(0)
  const page = await newUser()
  await openHome(page, srv)
  const rows = rowsOf(page)
  await expect(visible(page).locator('.worklist__summary')).toContainText(`还需家访 ${expected.rows.length} 户`)
  await expect(rows.first().locator('.work-tag--special')).toHaveText('每学期')
  await expect(rows.first()).toContainText('1月31日前')
  await expect(rows.nth(regular)).toContainText(expected.rows[regular]!.children[0]!.name)
  await expect(rows.nth(regular).locator('.work-tag--special')).toHaveCount(0)
  await page.screenshot({ path: info.outputPath('worklist-375-top.png') })
  await rows.nth(2).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('worklist-375.png') })
  await visible(page)
    .getByRole('button', { name: `显示全部 ${expected.rows.length} 户` })
    .click()
  await expect(rows).toHaveCount(expected.rows.length)

  const first = expected.rows[0]!
  await rows.first().click()
  await expect(page).toHaveURL(new RegExp(`${pageRoute('visitPropose')}\\?studentId=${first.studentId}&`))
  await see(page, first.children[0]!.name)
})

test('多选: three ticked families go to the bulk proposal together', async ({ srv, newUser }) => {
  const expected = ok(await srv.call(teacherId, 'coverage', 'worklist', {}))
  const page = await newUser()
  await openHome(page, srv)
  await visible(page).getByRole('button', { name: '多选', exact: true }).click()
  const rows = rowsOf(page)
  await expect(rows).toHaveCount(expected.rows.length)
  for (const i of [0, 2, 4]) await rows.nth(i).click()
  await expect(rows.nth(2)).toHaveAttribute('aria-checked', 'true')
  const send = visible(page).getByRole('button', { name: '给选中的 3 户发起家访' })
  await expect(send).toBeVisible()
  await send.click()
  const ids = [0, 2, 4].map((i) => expected.rows[i]!.studentId).join(',')
  await expect(page).toHaveURL(new RegExp(`${pageRoute('visitProposeMany')}\\?studentIds=${encodeURIComponent(ids)}$`))
})

test('screens: the worklist at 150 % text, also in 多选', async ({ srv, newUser }, info) => {
  const page = await newUser()
  await setTextScale(page, 150)
  await openHome(page, srv)
  await expect(rowsOf(page).first()).toBeVisible()
  await page.screenshot({ path: info.outputPath('worklist-150-top.png') })
  await rowsOf(page).nth(1).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('worklist-150.png') })
  await visible(page).getByRole('button', { name: '多选', exact: true }).click()
  await rowsOf(page).nth(1).click()
  await page.screenshot({ path: info.outputPath('worklist-150-select.png') })
  // A family with children in two classes: the longest row.
  await rowsOf(page).filter({ hasText: '、' }).first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('worklist-150-siblings.png') })
  // Every tap target of the section is at least 44px high.
  const targets = visible(page).locator('.worklist [role="button"], .worklist [role="checkbox"]')
  for (const box of await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(44)
})

test('a teacher who answers for no family is told so, not shown an error', async ({ srv, newUser }, info) => {
  const subjectOnly = demo.staff
    .filter((s) => s.schoolId === demo.schoolId && s.roles.join() === 'subject_teacher')
    .map((s) => `usr-${s._id}`)
  const lists = await Promise.all(subjectOnly.map(async (id) => ({ id, w: ok(await srv.call(id, 'coverage', 'worklist', {})) })))
  const idle = lists.find(({ w }) => w.rows.length + w.inProgress + w.done === 0)!
  const page = await newUser()
  await page.setViewportSize({ width: 375, height: 667 })
  await signInById(page, srv.url, idle.id)
  await see(page, /^目前没有需要您负责家访的家庭/)
  await expect(visible(page).getByRole('button', { name: '多选', exact: true })).toHaveCount(0)
  await visible(page).locator('.worklist').scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('worklist-none.png') })
})

test('with every family arranged, the section says so with the figures', async ({ srv, newUser }) => {
  const w = ok(await srv.call(teacherId, 'coverage', 'worklist', {}))
  const claims = w.rows.map((r, i) => {
    const periodId = r.special ? w.periods.semester.id : w.periods.year.id
    const state = i % 2 ? 'completed' : 'scheduled'
    const doc = {
      _id: `claim:${r.familyId}:${periodId}`,
      schoolId: demo.schoolId,
      familyId: r.familyId,
      periodId,
      classId: null,
      grade: null,
    }
    const rest = {
      special: r.special,
      teacherId: 'stf-x',
      teacherName: '王老师',
      visitId: `vis-${i}`,
      state,
      startAt: null,
      coVisitorIds: [],
    }
    return { kind: 'insert' as const, coll: 'claims' as const, doc: { ...doc, ...rest, at: E2E_NOW.toISOString() } }
  })
  expect(await srv.direct.batch(claims)).toEqual({ ok: true })
  const page = await newUser()
  await openHome(page, srv)
  await see(page, '本学期需要家访的家庭都已安排')
  const done = Math.floor(w.rows.length / 2)
  await expect(visible(page).locator('.worklist__summary')).toHaveAttribute(
    'aria-label',
    `还需家访 0 户，进行中 ${w.rows.length - done} 户，已完成 ${done} 户`,
  )
  await expect(rowsOf(page)).toHaveCount(0)
})

test('plan follow-ups due this week: first, dated; proposed as a follow-up visit or marked done', async ({ srv, newUser }, info) => {
  const w = ok(await srv.call(teacherId, 'coverage', 'worklist', {}))
  const kid = demo.familiesOf('cls-qs-3-2').find((f) => w.rows.some((r) => r.familyId === f.student.familyId))!.student
  // The family's visit of the year is done and recorded; its plan set three follow-ups.
  const claim = { _id: `claim:${kid.familyId}:${w.periods.year.id}`, schoolId: demo.schoolId, familyId: kid.familyId }
  const held = { periodId: w.periods.year.id, classId: null, grade: null, special: false, teacherId: 'stf-x', teacherName: '王老师' }
  const rest = { visitId: 'vis-e2e-done', state: 'completed', startAt: null, coVisitorIds: [], at: E2E_NOW.toISOString() }
  await srv.direct.insert('claims', { ...claim, ...held, ...rest })
  const followUp = {
    schoolId: demo.schoolId,
    familyId: kid.familyId,
    ownerId: demo.staffOf(teacherId)._id,
    visitId: 'vis-e2e-done',
    done: false,
  }
  for (const [i, dueDate, text] of [
    [0, '2026-11-28', '再约一次，看看作业计划'],
    [1, '2026-12-05', '电话问问阅读情况'],
    [2, '2026-12-20', '月底前看看期末复习'],
  ] as const)
    await srv.direct.insert('follow_ups', { _id: `vis-e2e-done:${i}`, ...followUp, dueDate, text })
  for (const scale of [100, 150]) {
    const page = await newUser()
    if (scale !== 100) await setTextScale(page, scale)
    await openHome(page, srv)
    await expect(visible(page).locator('.worklist__summary')).toContainText('到期跟进 2 条')
    const ups = visible(page).locator('.work-row--follow')
    await expect(ups).toHaveCount(2)
    await expect(ups.first()).toContainText('11月28日 已过')
    await expect(ups.first()).toContainText('再约一次，看看作业计划')
    await expect(ups.nth(1)).toContainText('12月5日前')
    await ups.first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: info.outputPath(`worklist-follow-ups-${scale}.png`) })
    // The later one waits under 计划中的跟进; the due ones are not shown twice.
    await expect(visible(page).locator('.record-follow-ups')).toContainText('月底前看看期末复习')
    await expect(visible(page).locator('.record-follow-ups')).not.toContainText('电话问问阅读情况')
    for (const box of await ups.locator('[role="button"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44)
  }
  const page = await newUser()
  await openHome(page, srv)
  await visible(page).getByRole('button', { name: '标记完成：再约一次，看看作业计划' }).click()
  await see(page, '已标记完成')
  await expect(visible(page).locator('.work-row--follow')).toHaveCount(1)
  await visible(page)
    .getByRole('button', { name: /12月5日前，电话问问阅读情况，发起跟进家访$/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`${pageRoute('visitPropose')}\\?studentId=.+&followUp=`))
  await see(page, /^跟进家访：按共育方案再去一次/)
  await expect(visible(page).locator('input[placeholder="一句话：想和家长聊什么"]')).toHaveValue('电话问问阅读情况')
  await page.screenshot({ path: info.outputPath('propose-follow-up.png'), animations: 'disabled' })
  await tapItem(page, '.chip', dayChips(E2E_NOW)[3]!.label)
  await visible(page)
    .locator('.chip', { hasText: /^16:00$/ })
    .click()
  await tap(page, /^发给家长$|^发起家访，再打电话约$/)
  await see(page, '电话问问阅读情况')
  const sent = await srv.direct.find('visits', { where: { familyId: kid.familyId }, limit: 5 })
  expect(sent.map((v) => [v.topic, v.followUp, v.required])).toEqual([['电话问问阅读情况', true, false]])
})
