// Issue 8 (walkthrough #1, #10, #11, #12, #14) through the built H5 app, as a grandparent reads it: on
// a small phone at 150 % text. The parent home names the child a waiting visit is about, gives each
// child a card with that child's visit, keeps the rest in a cell list, shows one error when offline,
// and says why a visit was cancelled instead of a time nobody agreed to. Binding and 我的授权 at the
// same size: nothing overflows, no date breaks, disabled steps say what is missing, actions confirm.
import type { Page } from '@playwright/test'
import { demo, type DemoStudent } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { dayWords, draftToOption, dayChips } from '../../src/client/visit-time'
import { pagePath } from '../../src/core/pages'
import { expectDisabled, fill, see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_A = 'cls-qs-3-2'
const CLASS_B = 'cls-qs-5-1'
const headA = demo.headTeacher(CLASS_A)
const headB = demo.headTeacher(CLASS_B)
const teacherA = demo.staffOf(headA).name

/** Families of class A whose parent is bound to that one child only. */
const singles = demo.familiesOf(CLASS_A).filter((f) => demo.approvedChildren(f.parent).length === 1)
const days = dayChips(E2E_NOW)
const option = (day: number, time: string) => draftToOption({ day: days[day]!.value, time, minutes: 60, format: 'home', place: '' })!

/** WeChat's largest common font setting, as the walkthrough set it: the root font at 150 %. */
async function largeText(page: Page) {
  await page.addStyleTag({ content: 'html { font-size: 150% !important; }' })
}

async function openHome(page: Page, srv: TestServer, userId: string) {
  await signInById(page, srv.url, userId)
  await see(page, '我的孩子') // the entry page sends a parent home
  await largeText(page)
}

/**
 * What large text must not do on the visible page: run off the right edge, break a date or time
 * across lines, or give a button a label smaller than the body text.
 */
async function expectReadableAtLargeText(page: Page) {
  const found = await visible(page).evaluate((root) => {
    const width = document.documentElement.clientWidth
    const body = parseFloat(getComputedStyle(document.body).fontSize)
    const shown = (el: Element) => el.getClientRects().length > 0
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}"`
    const list = (from: Element, selector: string) => Array.from(from.querySelectorAll(selector))
    const all = list(root, '*').filter(shown)
    return {
      body,
      overflow: all.filter((el) => el.getBoundingClientRect().right > width + 1).map(name),
      brokenDates: list(root, '.keep')
        .filter((el) => shown(el) && el.getClientRects().length > 1)
        .map(name),
      // The labels of everything tappable: buttons, cells, chips, the role switcher.
      smallLabels: list(root, 'taro-button-core, .cell__title, .chip, .switcher__chip')
        .filter(shown)
        .flatMap((b) =>
          [b, ...list(b, '*')].filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim())),
        )
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < body)
        .map((el) => `${name(el)} ${getComputedStyle(el).fontSize}`),
    }
  })
  expect(found.body).toBeGreaterThanOrEqual(24) // 150 % of 16px: the setting took
  expect(found.overflow, 'nothing runs off the right edge').toEqual([])
  expect(found.brokenDates, 'no date or time broken across lines').toEqual([])
  expect(found.smallLabels, 'no button label smaller than body text').toEqual([])
}

/** The parent of `single` also becomes a grandparent of `other` (another family, another class), approved by its head teacher. */
async function bindSecondChild(srv: TestServer, parent: string, other: DemoStudent) {
  const { code } = ok(await srv.call(headB, 'accounts', 'classInvite', { classId: other.classId }))
  const { noticeVersion } = ok(await srv.call(parent, 'accounts', 'lookupClassInvite', { code }))
  const request = { code, studentName: other.name, studentNo: other.studentNo, relation: 'grandmother' as const, applicantName: '刘秀兰' }
  ok(await srv.call(parent, 'accounts', 'requestBinding', { ...request, noticeVersion, guardianConsent: true, sensitiveConsent: false }))
  const mine = ok(await srv.call(headB, 'accounts', 'pendingBindings', { classId: other.classId })).pending.find(
    (p) => p.studentName === other.name,
  )!
  ok(await srv.call(headB, 'accounts', 'decideBinding', { bindingId: mine.bindingId, version: mine.version, approve: true }))
}

/**
 * A grandparent of two grandchildren in two families and classes: the first one's teacher asks for a
 * visit, the second one's visit is already agreed, and the proposal is in 我的提醒.
 */
async function twoGrandchildren(srv: TestServer) {
  const { parent, student: first } = singles[0]!
  const second = demo.students.filter((s) => s.classId === CLASS_B && s.familyId !== first.familyId)[0]!
  await bindSecondChild(srv, parent, second)
  ok(await srv.call(parent, 'notify', 'subscribed', { accepted: ['visit_proposal'] }))
  const options = [option(3, '15:00'), option(4, '19:00')]
  ok(await srv.call(headA, 'visits', 'propose', { studentId: first._id, topic: '聊聊孩子的阅读习惯', options }))
  const b = ok(
    await srv.call(headB, 'visits', 'propose', { studentId: second._id, topic: '聊聊孩子的作业', options: [option(4, '18:30')] }),
  )
  const command = { kind: 'accept' as const, optionId: b.options[0]!.id }
  const agreed = ok(await srv.call(parent, 'visits', 'respond', { visitId: b.visitId, version: b.version, command }))
  ok((await srv.post('/dev/scheduler/run', { now: E2E_NOW.toISOString() })).json)
  return { parent, first, second, agreed }
}

test('two grandchildren at 150 %: the waiting card says which grandchild it is about', async ({ srv, newUser }) => {
  const { parent, first, second } = await twoGrandchildren(srv)
  const page = await newUser()
  await openHome(page, srv, parent)
  const waiting = visible(page).locator('.waiting-card')
  await expect(waiting).toContainText(first.name)
  await expect(waiting).not.toContainText(second.name)
  await expect(waiting).toContainText(`${teacherA}老师想来家访，给了2个时间`)
  await expectReadableAtLargeText(page)
})

test('two grandchildren at 150 %: one card per grandchild with its own visit, which it opens', async ({ srv, newUser }) => {
  const { parent, first, second, agreed } = await twoGrandchildren(srv)
  const page = await newUser()
  await openHome(page, srv, parent)
  const home = visible(page)
  await expect(home.locator('.child-card')).toHaveCount(2)
  await expect(home.locator('.child-card', { hasText: first.name })).toContainText('等您回复')
  const card = home.locator('.child-card', { hasText: second.name })
  await expect(card).toContainText(`${dayWords(agreed.agreed!.option.startAt)}晚上6:30–7:30 家访已约好`)
  await expectReadableAtLargeText(page)
  await card.click()
  await expect(page).toHaveURL(new RegExp(`id=${agreed.visitId}`))
})

test('at 150 %: 我的提醒 is a cell with the unread count that opens the inbox', async ({ srv, newUser }) => {
  const { parent } = await twoGrandchildren(srv)
  const unread = ok(await srv.call(parent, 'notify', 'inbox', { page: 0, pageSize: 1 })).unread
  expect(unread).toBeGreaterThan(0)
  const page = await newUser()
  await openHome(page, srv, parent)
  const home = visible(page)
  const cell = home.getByRole('button', { name: /^我的提醒/ })
  await expect(cell.locator('.badge')).toHaveText(String(unread))
  await expect(home.locator('taro-button-core', { hasText: '我的提醒' })).toHaveCount(0) // not an outlined button any more
  for (const other of ['我的授权', '再绑定一个孩子']) await expect(home.locator('.cell-tap', { hasText: other })).toHaveCount(1)
  await expectReadableAtLargeText(page)
  await cell.click()
  await expect(page).toHaveURL(new RegExp(pagePath('visitInbox')))
})

test('a visit the teacher cancelled after a reschedule request shows who cancelled and why, never the requested time', async ({
  srv,
  newUser,
}) => {
  const { parent, student } = singles[1]!
  const v = ok(
    await srv.call(headA, 'visits', 'propose', { studentId: student._id, topic: '聊聊孩子的阅读习惯', options: [option(3, '15:00')] }),
  )
  const accepted = ok(
    await srv.call(parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'accept', optionId: v.options[0]!.id },
    }),
  )
  const asked = option(6, '10:00') // the parent's request: never agreed
  const moved = ok(
    await srv.call(parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: accepted.version,
      command: { kind: 'reschedule', options: [asked], text: '那天要去医院' },
    }),
  )
  ok(
    await srv.call(headA, 'visits', 'respond', {
      visitId: v.visitId,
      version: moved.version,
      command: { kind: 'cancel', reason: '学校临时安排培训' },
    }),
  )
  const page = await newUser()
  await openHome(page, srv, parent)
  const home = visible(page)
  await test.step('the child card: cancelled, by whom, why, and the time once agreed as such', async () => {
    const card = home.locator('.child-card', { hasText: student.name })
    await expect(card).toContainText('家访已取消')
    await expect(card).toContainText(`${teacherA}老师取消了：学校临时安排培训`)
    await expect(card).toContainText(`原定 ${dayWords(option(3, '15:00').startAt)}`)
    await expect(home).not.toContainText(dayWords(asked.startAt))
    await expectReadableAtLargeText(page)
  })
  await test.step('after a new proposal, the cancelled visit is listed with its reason', async () => {
    ok(await srv.call(headA, 'visits', 'propose', { studentId: student._id, topic: '再约一次', options: [option(5, '16:00')] }))
    await page.reload()
    await largeText(page)
    await expect(home.locator('.child-card', { hasText: student.name })).toContainText('等您回复')
    const listed = home.locator('.visit-card', { hasText: '已取消' })
    await expect(listed).toContainText(`${teacherA}老师取消了：学校临时安排培训`)
    await expect(home).not.toContainText(dayWords(asked.startAt))
  })
})

test('offline, the parent home shows one error with 重试, and 重试 brings everything back', async ({ srv, newUser }) => {
  const { parent, student } = singles[0]!
  const page = await newUser()
  // Every error block that was ever on screen at once: a second identical block would be counted
  // even if it came and went before an assertion looked.
  await page.addInitScript(() => {
    const w = window as unknown as { maxErrors: number }
    w.maxErrors = 0
    new MutationObserver(() => {
      const n = document.querySelectorAll('.taro_page:not(.taro_page_shade) .state--error').length
      w.maxErrors = Math.max(w.maxErrors, n)
    }).observe(document, { childList: true, subtree: true })
  })
  await signInById(page, srv.url, parent)
  await see(page, student.name)
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
  await page.goto(`${srv.url}/#${pagePath('parentHome')}`)
  await page.reload()
  await largeText(page)
  const errors = visible(page).locator('.state--error')
  await expect(errors).toHaveCount(1)
  await expect(errors.getByText('连接失败')).toBeVisible()
  await expectReadableAtLargeText(page)
  await page.unroute('**/api/**')
  await errors.getByRole('button', { name: '重试' }).click()
  await expect(visible(page).locator('.child-card', { hasText: student.name })).toBeVisible()
  await expect(visible(page).getByRole('button', { name: /^我的提醒/ })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { maxErrors: number }).maxErrors)).toBe(1)
})

test('binding at 150 %: each disabled step says what is missing; the submitted request is confirmed', async ({ srv, newUser }) => {
  const kid = demo.students.find((s) => s.classId === 'cls-qs-6-2' && !demo.bindings.some((b) => b.studentId === s._id))!
  const { code } = ok(await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'classInvite', { classId: kid.classId }))
  const page = await newUser()
  await signInById(page, srv.url, await srv.newcomer())
  await see(page, '我是家长')
  await page.goto(`${srv.url}/#${pagePath('parentBind')}`)
  await largeText(page)
  await test.step('step 1: the code', async () => {
    await expectDisabled(page, '下一步')
    await see(page, '请先填写班级邀请码')
    await fill(page, '6到10位字母或数字', 'ABC')
    await see(page, '邀请码是6到10位')
    await expectReadableAtLargeText(page)
    await fill(page, '6到10位字母或数字', code)
    await tap(page, '下一步')
  })
  await test.step('step 2: the notice', async () => {
    await see(page, '家访助手隐私保护说明')
    await expectDisabled(page, '同意并继续')
    await see(page, '请先勾选监护人同意')
    await expectReadableAtLargeText(page)
    await tapItem(page, '.check', '监护人同意')
    await tap(page, '同意并继续')
  })
  await test.step('step 3: the child, then submitted with a confirmation', async () => {
    await expectDisabled(page, '提交绑定申请')
    await see(page, '请先填好：孩子姓名、孩子学号、您和孩子的关系、您的姓名')
    await fill(page, '请输入孩子姓名', kid.name)
    await fill(page, '请输入孩子学号', kid.studentNo)
    await tapItem(page, '.chip', '奶奶')
    await see(page, '请先填好：您的姓名')
    await expectReadableAtLargeText(page)
    await fill(page, '请输入您的姓名', '刘秀兰')
    await expect(visible(page).getByText('请先填好')).toHaveCount(0)
    await tap(page, '提交绑定申请')
    await expect(visible(page).locator('.toast')).toContainText('已提交绑定申请')
    await see(page, '已提交，等待班主任审核')
    await expectReadableAtLargeText(page)
  })
})

test('我的授权 at 150 %: each withdrawal is confirmed with a toast, also the one that ends the binding', async ({ srv, newUser }) => {
  const { parent, student } = singles[0]!
  const page = await newUser()
  await signInById(page, srv.url, parent)
  await see(page, '我的孩子') // the entry page has sent them home: a later link is not replaced by it
  await page.goto(`${srv.url}/#${pagePath('parentConsents')}`)
  await largeText(page)
  const card = visible(page).locator('.card', { hasText: student.name }).first()
  const withdraw = async (consent: string) => {
    await card.locator('.consent', { hasText: consent }).locator('taro-button-core', { hasText: '撤回' }).click()
    await visible(page).locator('.dialog taro-button-core', { hasText: '确定撤回' }).click()
  }
  await test.step('sensitive consent: withdrawn in place', async () => {
    await expect(card.locator('.consent', { hasText: '敏感信息' })).toBeVisible()
    await expectReadableAtLargeText(page)
    await withdraw('敏感信息')
    await expect(visible(page).locator('.toast')).toContainText('已撤回')
    await expect(card.locator('.consent', { hasText: '敏感信息' }).getByText(/已撤回/)).toBeVisible()
    await expectReadableAtLargeText(page)
  })
  await test.step('guardian consent: the app goes home and says the binding ended', async () => {
    await withdraw('监护人同意')
    await expect(visible(page).locator('.toast')).toContainText(`您与${student.name}已解除绑定`) // shown for two seconds
    await see(page, '还没有绑定孩子')
  })
})

test('the class code’s link (the QR code, the WeChat share card) opens binding with the code filled in', async ({ srv, newUser }) => {
  const { code } = ok(await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'classInvite', { classId: 'cls-qs-6-2' }))
  const page = await newUser()
  await signInById(page, srv.url, await srv.newcomer())
  await see(page, '我是家长')
  await page.goto(`${srv.url}/#${pagePath('parentBind')}?code=${encodeURIComponent(code)}`)
  await expect(visible(page).locator('input[placeholder="6到10位字母或数字"]')).toHaveValue(code)
  await tap(page, '下一步')
  await see(page, '绑定孩子 · 第2步')
})
