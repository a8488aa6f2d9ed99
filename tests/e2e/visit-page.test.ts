// The visit page as its users meet it (issue 8): a grandparent on a small phone at 150 % text answers
// with one time; a teacher is told plainly when a parent declined a home visit, and when nobody in a
// family can receive a proposal at all; every answer ends at the top of the page with a toast.
import type { Page } from '@playwright/test'
import { dayChips, draftToOption, type VisitFormat } from '../../src/client/visit-time'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-2'
const teacherId = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID).sort((a, b) => a.student.studentNo.localeCompare(b.student.studentNo))[0]!
/** A child of the class whose family has registered guardians but nobody bound on WeChat. */
const offlineKid = demo.students.find((s) => s.classId === CLASS_ID && !demo.bindings.some((b) => b.studentId === s._id))!
const days = dayChips(E2E_NOW)
const option = (dayIndex: number, time: string, format: VisitFormat = 'home', minutes = 60) =>
  draftToOption({ day: days[dayIndex]!.value, time, minutes, format, place: '' })!

/** WeChat's largest common font setting: the root font at 150 %, on every load of the page. */
async function largeText(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style')
      style.textContent = 'html { font-size: 150% !important; }'
      document.head.appendChild(style)
    })
  })
}

/** A tappable by its spoken name: buttons and the rows of a cell list alike. */
const action = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first()

async function openVisit(page: Page, srv: TestServer, userId: string, visitId: string) {
  await signInById(page, srv.url, userId)
  await see(page, '我的提醒') // home has shown: the next address is not replaced by the entry redirect
  await page.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
}

/** How far the page is wider than the phone: the document, or Taro's page (the element that scrolls). */
const noHorizontalOverflow = (page: Page) =>
  visible(page).evaluate((el) => {
    const doc = document.documentElement
    return Math.max(el.scrollWidth - el.clientWidth, doc.scrollWidth - doc.clientWidth)
  })

/** Text whose line height is smaller than its letters (lines overlap on large text). */
const crampedText = (page: Page) =>
  visible(page).evaluate((root) =>
    Array.from(root.querySelectorAll('*'))
      .filter((el) => {
        const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
        if (!own || !(el as HTMLElement).offsetParent) return false
        const style = getComputedStyle(el)
        return parseFloat(style.lineHeight) < parseFloat(style.fontSize)
      })
      .map((el) => el.textContent!.trim()),
  )

/** Cell rows whose words get less than 60 % of the row. */
const squeezedCells = (page: Page) =>
  visible(page).evaluate((root) =>
    Array.from(root.querySelectorAll('.nut-cell'))
      .filter((cell) => (cell as HTMLElement).offsetParent)
      .filter((cell) => cell.querySelector('.nut-cell-left')!.getBoundingClientRect().width < 0.6 * cell.getBoundingClientRect().width)
      .map((cell) => cell.textContent!.trim()),
  )

async function proposed(srv: TestServer, minutes = 60) {
  const options = [option(3, '15:00', 'home', minutes), option(4, '19:00', 'video', minutes)]
  return ok(await srv.call(teacherId, 'visits', 'propose', { studentId: family.student._id, topic: '聊聊孩子的阅读习惯', options }))
}

test('a grandparent at 150 % answers with one time: message first, day chips side by side, the teacher’s length', async ({
  srv,
  newUser,
}) => {
  const { visitId } = await proposed(srv, 45)
  const p = await newUser()
  await largeText(p)
  await openVisit(p, srv, family.parent, visitId)
  await see(p, '老师给了2个时间')
  await action(p, '另约时间').click()
  const panel = visible(p).locator('.panel')
  await expect(panel.getByText('哪一天')).toBeVisible()

  await test.step('one time, parent-sized: no second box, no list of times, no length, no group visit', async () => {
    await expect(panel.locator('.card')).toHaveCount(0)
    for (const text of ['第1个时间', '再加一个时间', '多长时间']) await expect(panel.getByText(text)).toHaveCount(0)
    await expect(panel.getByRole('radio', { name: '分组' })).toHaveCount(0)
    for (const name of ['入户', '视频', '到校', '上午', '下午', '晚上'])
      await expect(panel.getByRole('radio', { name, exact: true })).toHaveCount(1)
  })

  await test.step('the message field comes first; day chips sit two or more to a row', async () => {
    const message = await panel.locator('input[placeholder="想对老师说的话"]').boundingBox()
    const dayChips = panel.getByRole('radiogroup', { name: '哪一天' }).getByRole('radio')
    const [first, second] = [await dayChips.nth(0).boundingBox(), await dayChips.nth(1).boundingBox()]
    expect(message!.y).toBeLessThan(first!.y)
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2)
    expect(await noHorizontalOverflow(p)).toBeLessThanOrEqual(0)
  })

  await test.step('day, 下午, 下午4:00: the window keeps the teacher’s 45 minutes', async () => {
    await panel.locator('input[placeholder="想对老师说的话"]').fill('那天下午家里有人')
    await panel.getByRole('radio', { name: days[5]!.label }).click()
    await panel.getByRole('radio', { name: '下午', exact: true }).click()
    await panel.getByRole('radio', { name: '下午4:00' }).click()
    await expect(panel.getByText('下午4:00–4:45')).toBeVisible()
    await tap(p, '发给老师')
    await see(p, '已发给老师，等老师回复')
    await see(p, '另约了时间：')
    await see(p, '下午4:00–4:45（入户）')
  })
})

test('after 不方便入户 the teacher is asked to offer another way, with video pre-selected', async ({ srv, newUser }) => {
  const v = await proposed(srv)
  const command = { kind: 'decline_home' as const, options: [], text: '视频可以吗' }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
  const t = await newUser()
  await openVisit(t, srv, teacherId, v.visitId)
  await see(t, '家长不方便入户，请换一种方式再约')
  await see(t, '“视频可以吗”')
  await expect(visible(t).getByText('家长回复了，请您确认')).toHaveCount(0)
  await expect(visible(t).getByText('可选的时间')).toHaveCount(0) // no heading over nothing

  await tap(t, '改约视频或到校')
  const panel = visible(t).locator('.panel')
  await expect(panel.getByRole('radio', { name: '视频' })).toHaveAttribute('aria-checked', 'true')
  await expect(panel.getByRole('radio', { name: '入户' })).toHaveCount(0)
  await tapItem(t, '.chip', days[4]!.label)
  await visible(t)
    .locator('.chip', { hasText: /^19:00$/ })
    .click()
  await tap(t, '发给家长')
  await see(t, '已发给家长，等家长回复')

  await test.step('the parent who declined sees where things stand, and no empty heading', async () => {
    const p = await newUser()
    await openVisit(p, srv, family.parent, v.visitId)
    await see(p, '老师给了1个时间')
    await see(p, '和您视频聊聊孩子')
  })
})

test('the parent after declining sees no empty “您给出的时间”', async ({ srv, newUser }) => {
  const v = await proposed(srv)
  const p = await newUser()
  await openVisit(p, srv, family.parent, v.visitId)
  await action(p, '不方便入户').click()
  await tap(p, '发给老师')
  await see(p, '已发给老师，等老师回复')
  await see(p, '老师会换一种方式再约')
  await expect(visible(p).getByText('您给出的时间')).toHaveCount(0)
})

test('proposing to a family with nobody on WeChat: warned before, and offered the phone after', async ({ srv, newUser }) => {
  const t = await newUser()
  await signInById(t, srv.url, teacherId)
  await see(t, '我的提醒')
  await t.goto(`${srv.url}/#${pagePath('visitPropose', { studentId: offlineKid._id, name: offlineKid.name, followUp: '' })}`)
  await see(t, '这个家庭还没有人绑定微信')
  await visible(t).locator('input[placeholder="一句话：想和家长聊什么"]').fill('了解孩子近况')
  await tapItem(t, '.chip', days[3]!.label)
  await visible(t)
    .locator('.chip', { hasText: /^15:00$/ })
    .click()
  await tap(t, '发起家访，再打电话约')

  await see(t, '家长收不到：这个家庭还没有人绑定微信')
  await expect(visible(t).getByText('已发给家长，等家长回复')).toHaveCount(0)
  await expect(action(t, '电话已约好')).toBeVisible()
  await expect(action(t, '登记无智能手机的家长')).toBeVisible()
  await action(t, '电话已约好').click()
  await see(t, '电话里约好的家长')
})

test('选这个时间 at 150 %: back at the top with a toast, the reminder prompt, a receipt that stacks', async ({ srv, newUser }) => {
  const { visitId } = await proposed(srv)
  const p = await newUser()
  await largeText(p)
  await openVisit(p, srv, family.parent, visitId)
  await action(p, /^选这个时间：.*视频/).click()
  await expect(visible(p).getByText('已约好', { exact: true })).toBeVisible()
  await expect(visible(p).locator('.visit-head')).toBeInViewport()
  await expect(visible(p).getByText('要不要提醒您？')).toBeInViewport()

  const receipt = visible(p).locator('.receipt')
  await expect(receipt).toBeVisible()
  await expect(receipt.getByText('隐私告知版本')).toHaveCount(0)
  await expect(receipt.getByText('到家里来看看孩子')).toHaveCount(0) // video: said in words, not 形式 视频
  await expect(receipt.getByText('视频通话聊聊孩子')).toBeVisible()
  for (const key of ['日期', '时间', '老师确认', '家长确认']) {
    const row = receipt.locator('.kv', { has: p.locator('.kv__key', { hasText: new RegExp(`^${key}$`) }) })
    const [k, value] = [await row.locator('.kv__key').boundingBox(), await row.locator('.kv__value').boundingBox()]
    expect(value!.y, `${key}: the value sits under its label`).toBeGreaterThanOrEqual(k!.y + k!.height - 1)
    const lineHeight = await row.locator('.kv__value').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
    expect(value!.height, `${key}: one line, never broken mid-date`).toBeLessThan(lineHeight * 1.5)
  }
  expect(await noHorizontalOverflow(p)).toBeLessThanOrEqual(0)
})

test('the visit page at 150 %: nothing overflows, every button label at least as large as the text', async ({ srv, newUser }) => {
  const { visitId } = await proposed(srv)
  const p = await newUser()
  await largeText(p)
  await openVisit(p, srv, family.parent, visitId)
  await see(p, '老师给了2个时间')
  for (const step of ['look', '另约时间'] as const) {
    if (step !== 'look') await action(p, step).click()
    const sizes = await visible(p).evaluate((root) => {
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
      const body = px(root.querySelector('.screen')!)
      const labels = Array.from(root.querySelectorAll('.nut-button-children, .cell__title')).filter(
        (el) => (el as HTMLElement).offsetParent,
      )
      return { body, smallest: Math.min(...labels.map(px)), count: labels.length }
    })
    expect(sizes.count).toBeGreaterThan(1)
    expect(sizes.smallest, `${step}: labels ≥ body text`).toBeGreaterThanOrEqual(sizes.body)
    expect(await noHorizontalOverflow(p)).toBeLessThanOrEqual(0)
    expect(await crampedText(p), `${step}: lines no shorter than their letters`).toEqual([])
    expect(await squeezedCells(p), `${step}: a cell's words take the row, not half of it`).toEqual([])
  }
})

test('a visit that is gone or not yours: one error, and the way home', async ({ srv, newUser }) => {
  const p = await newUser()
  await openVisit(p, srv, family.parent, 'vis-gone')
  await see(p, '家访不存在或已被删除')
  await expect(visible(p).locator('.state--error')).toHaveCount(1)
  await expect(visible(p).getByRole('button', { name: '重试' })).toHaveCount(0)
  await action(p, '回到首页').click()
  await see(p, '我的孩子')
})
