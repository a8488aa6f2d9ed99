// Issue 8 on the teacher side, through the built H5 app: the class list says for every family whether
// a proposal can reach it on WeChat and where its visit stands (#2, #8); every agreed visit can be
// found from the agenda and from the student's row (#3); what waits is counted apart; binding
// requests surface on the home, the class and above the code (#7); teacher pages keep their tap
// targets and fit the screen at 150 % text (#20, #1).
import type { Locator, Page } from '@playwright/test'
import { chipInstant, dayChips } from '../../src/client/visit-time'
import { demo, type DemoStudent } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-2'
const CLASS_NAME = demo.className(CLASS_ID)
const head = demo.headTeacher(CLASS_ID)
const headName = demo.staffOf(head).name
const days = dayChips(E2E_NOW, 31)
/** 12月8日–12月14日: days a and b counted from today. */
const weekWords = (a: number, b: number) =>
  [a, b]
    .map((i) => days[i]!.value.split('-').map(Number))
    .map(([, m, d]) => `${m}月${d}日`)
    .join('–')

const kidsOf = (s: DemoStudent) => demo.students.filter((x) => x.familyId === s.familyId)
const bindingsOf = (s: DemoStudent) => demo.bindings.filter((b) => kidsOf(s).some((k) => k._id === b.studentId))
const hasOffline = (s: DemoStudent) => demo.guardians.some((g) => g.familyId === s.familyId && g.offline)
/** The students on the first page of the class list (20, by student number). */
const firstPage = demo.students
  .filter((s) => s.classId === CLASS_ID)
  .sort((a, b) => a.studentNo.localeCompare(b.studentNo))
  .slice(0, 20)
const bound = firstPage.find((s) => bindingsOf(s).some((b) => b.status === 'approved'))!
const [unreachedA, unreachedB, unreachedC] = firstPage.filter((s) => bindingsOf(s).length === 0 && !hasOffline(s))

const studentName = (s: DemoStudent) => ({ name: new RegExp(`^${s.name}，学号`) })
/** A student on the class list, found as assistive technology finds it: the button named after them. */
const studentOf = (page: Page, s: DemoStudent): Locator => visible(page).getByRole('button', studentName(s))
/** The student's whole row: the student, and the visit's state or action beside them. */
const rowOf = (page: Page, s: DemoStudent): Locator =>
  visible(page)
    .locator('.roster-row')
    .filter({ has: page.getByRole('button', studentName(s)) })

async function openClass(page: Page, url: string, userId: string) {
  await signInById(page, url, userId)
  await see(page, '我的班级')
  await tapItem(page, '.card', CLASS_NAME)
  await see(page, '学生名单')
}

/** A time on day n (0 = today) as an option of the API. */
function option(dayIndex: number, time = '15:00') {
  const start = chipInstant(days[dayIndex]!.value, time)
  return { startAt: start.format(), endAt: start.add(1, 'hour').format(), format: 'home' as const, place: null }
}

async function propose(s: TestServer, teacher: string, student: DemoStudent, dayIndex = 3) {
  return ok(await s.call(teacher, 'visits', 'propose', { studentId: student._id, topic: '了解孩子近况', options: [option(dayIndex)] }))
}

/** Agreed by phone with one of the family's registered guardians, on day n. */
async function agreedByPhone(s: TestServer, student: DemoStudent, dayIndex: number) {
  const v = await propose(s, head, student, dayIndex)
  const command = { kind: 'phone_agreement' as const, option: option(dayIndex), guardianId: v.family!.guardians[0]!.guardianId }
  return ok(await s.call(head, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
}

test('every row says whether the family is on WeChat: 已绑定, 未绑定, 无智能手机', async ({ srv: s, newUser }) => {
  ok(await s.call(head, 'accounts', 'registerOfflineGuardian', { studentId: unreachedB!._id, name: '王桂兰', relation: 'grandmother' }))
  const t = await newUser()
  await openClass(t, s.url, head)
  await expect(rowOf(t, bound).locator('.reach')).toHaveText('已绑定')
  await expect(rowOf(t, unreachedA!).locator('.reach')).toHaveText('未绑定')
  await expect(rowOf(t, unreachedB!).locator('.reach')).toHaveText('无智能手机')
  // The words are in each row's spoken name too.
  await expect(studentOf(t, unreachedA!)).toHaveAccessibleName(new RegExp('微信未绑定'))
})

test('another teacher’s visit shows on the row before anyone starts: no 发起家访 there, the own row opens the visit', async ({
  srv: s,
  newUser,
}) => {
  const { visitId } = await propose(s, head, unreachedA!)
  const p = await newUser()
  await test.step('the principal (who may propose to any family) sees who has this one', async () => {
    await signInById(p, s.url, demo.principal())
    await see(p, '学校概况')
    await tapItem(p, '.cell-tap', CLASS_NAME)
    await see(p, '学生名单')
    await expect(rowOf(p, unreachedA!)).toContainText(`${headName}老师已约，可联系该老师一起去`)
    await expect(rowOf(p, unreachedA!).getByRole('button', { name: /发起家访/ })).toHaveCount(0)
    await expect(rowOf(p, unreachedC!).getByRole('button', { name: /发起家访/ })).toHaveCount(1)
  })
  await test.step('the teacher who proposed opens it from the row', async () => {
    const t = await newUser()
    await openClass(t, s.url, head)
    await rowOf(t, unreachedA!)
      .getByRole('button', { name: `查看${unreachedA!.name}的家访：等家长回复` })
      .click()
    await expect(t).toHaveURL(new RegExp(`id=${visitId}`))
  })
})

test('a visit agreed 12 days ahead is found from the agenda (下一周) and from the student’s row', async ({ srv: s, newUser }) => {
  const { visitId } = await agreedByPhone(s, unreachedA!, 12)
  const [, month, date] = days[12]!.value.split('-').map(Number)
  const t = await newUser()
  await test.step('the agenda, a week later', async () => {
    await signInById(t, s.url, head)
    await tapItem(t, '.card', '本周家访')
    await see(t, '已约好的家访')
    const theDay = visible(t).getByRole('tab', { name: new RegExp(`${month}月${date}日，1个家访`) })
    await expect(theDay).toHaveCount(0)
    await visible(t).getByRole('button', { name: '下一周' }).click()
    await see(t, weekWords(7, 13))
    await theDay.click()
    await expect(theDay).toHaveAttribute('aria-selected', 'true')
    await expect(theDay).toContainText('1个')
    await tapItem(t, '.visit-card', unreachedA!.name)
    await expect(t).toHaveURL(new RegExp(`id=${visitId}`))
  })
  await test.step('the student’s row on the class list', async () => {
    await t.goto(`${s.url}/#/packages/teacher/pages/home/index`)
    await tapItem(t, '.card', CLASS_NAME)
    await see(t, '学生名单')
    await rowOf(t, unreachedA!)
      .getByRole('button', { name: `查看${unreachedA!.name}的家访：${month}月${date}日 已约好` })
      .click()
    await expect(t).toHaveURL(new RegExp(`id=${visitId}`))
  })
})

test('what waits is counted apart: 等您回复 and 等家长回复, on the home and in the agenda', async ({ srv: s, newUser }) => {
  const [famA, famB] = demo.familiesOf(CLASS_ID)
  const students = (id: string) => demo.students.find((x) => x._id === id)!
  await propose(s, head, students(famA!.student._id))
  const v = await propose(s, head, students(famB!.student._id), 4)
  const command = { kind: 'counter' as const, options: [option(5, '16:00')], text: '那天下午家里有人' }
  ok(await s.call(famB!.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
  const t = await newUser()
  await signInById(t, s.url, head)
  await expect(visible(t).locator('.card', { hasText: '本周家访' })).toContainText(/等您回复 1 个.*等家长回复 1 个/)
  await tapItem(t, '.card', '本周家访')
  await see(t, '等您回复 1 个')
  await see(t, '等家长回复 1 个')
  await expect(visible(t).getByText(/待回复/)).toHaveCount(0)
})

test('binding requests surface: 待审核 on the home and the class, listed above the code; the code as a QR code', async ({
  srv: s,
  newUser,
}) => {
  const waiting = demo.bindings.filter((b) => b.classId === CLASS_ID && b.status === 'pending').length
  expect(waiting).toBeGreaterThan(0)
  const t = await newUser()
  await signInById(t, s.url, head)
  const homeCell = visible(t).locator('.cell-tap', { hasText: '待审核的绑定申请' })
  await expect(homeCell).toContainText(CLASS_NAME)
  await expect(homeCell.locator('.badge')).toHaveText(String(waiting))
  await expect(visible(t).locator('.card', { hasText: CLASS_NAME }).locator('.pill')).toHaveText(`待审核 ${waiting}`)
  await tapItem(t, '.card', CLASS_NAME)
  await expect(visible(t).locator('.cell-tap', { hasText: '家长邀请与审核' })).toContainText(`待审核 ${waiting} 条绑定申请`)
  await tapItem(t, '.cell-tap', '家长邀请与审核')
  const request = visible(t).locator('.card.pending').first()
  const code = visible(t).locator('.code-card__code')
  await expect(code).not.toBeEmpty()
  const [above, below] = await Promise.all([request.boundingBox(), code.boundingBox()])
  expect(above!.y).toBeLessThan(below!.y)
  await expect(visible(t).getByRole('img', { name: '家长用手机扫这个二维码，打开绑定页面' })).toBeVisible()
})

/** Nothing wider than the screen; every button label at least the body text; the given targets ≥ 44px. */
async function checkFits(page: Page, targets: string[]) {
  // A page that has just opened slides in from the right: measure it once it has arrived.
  await expect(visible(page)).toHaveClass(/taro_page_stationed/)
  const found = await page.evaluate((selectors) => {
    const root = Array.from(document.querySelectorAll('.taro_page:not(.taro_page_shade)')).at(-1) ?? document.body
    const body = parseFloat(getComputedStyle(document.body).fontSize)
    const small = Array.from(root.querySelectorAll('taro-button-core, .row__action, .roster-row__visit, .week-nav__step'))
      .filter((b) => (b as HTMLElement).offsetParent !== null && parseFloat(getComputedStyle(b).fontSize) < body - 0.01)
      .map((b) => `${b.textContent} ${getComputedStyle(b).fontSize}`)
    const tiny = selectors
      .flatMap((sel) => Array.from(root.querySelectorAll(sel)))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width < 44 || r.height < 44)
      .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`)
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, small, tiny }
  }, targets)
  expect(found).toEqual({ overflow: 0, small: [], tiny: [] })
}

for (const scale of [100, 150]) {
  test(`teacher pages at ${scale} % text: no overflow, labels ≥ body text, tap targets ≥ 44px`, async ({ srv: s, newUser }) => {
    await agreedByPhone(s, unreachedA!, 2)
    await propose(s, head, unreachedC!)
    const t = await newUser()
    await t.setViewportSize({ width: 375, height: 667 })
    await signInById(t, s.url, head)
    await see(t, '我的班级')
    await t.addStyleTag({ content: `html { font-size: ${scale}% !important; }` })
    await checkFits(t, [])
    await tapItem(t, '.card', CLASS_NAME)
    await see(t, '学生名单')
    await expect(visible(t).locator('.row__action').first()).toBeVisible()
    await checkFits(t, ['.row__action', '.roster-row__visit'])
    await studentOf(t, bound).click()
    await see(t, '请选择查看原因')
    await tapItem(t, '.chip', '家访准备')
    await tap(t, '查看家庭信息')
    await see(t, '监护人')
    await checkFits(t, ['.phone-link'])
    await t.goto(`${s.url}/#/packages/teacher/pages/agenda/index`)
    await see(t, '已约好的家访')
    await checkFits(t, ['.week__day', '.week-nav__step'])
  })
}

test('the family page: the name once, and phones the caller may see in full are call links', async ({ srv: s, newUser }) => {
  const t = await newUser()
  const readFamily = async (who: string) => {
    await signInById(t, s.url, who)
    await see(t, '我的班级')
    await tapItem(t, '.card', CLASS_NAME)
    await studentOf(t, bound).click()
    await tapItem(t, '.chip', '家访准备')
    await tap(t, '查看家庭信息')
    await see(t, '监护人')
  }
  await readFamily(head)
  await expect(visible(t).getByText(bound.name)).toHaveCount(1)
  await expect(visible(t).locator('a[href^="tel:1"]').first()).toBeVisible()
  await readFamily(demo.teacherOf(CLASS_ID, true)) // a subject teacher sees masked phones: nothing to call
  await see(t, /1\d{2}\*{4}\d{4}/)
  await expect(visible(t).locator('a[href^="tel:"]')).toHaveCount(0)
})
