// 学校家访看板 through the built H5 app: the principal opens it from the leader home, sees the semester's
// trend and the class chart drawn (non-blank canvases) with their numbers in the tables beside them, and
// taps through to the families behind a class's 已完成; special families by category, one visited, and
// a category's 未访 opening that category's families not yet visited. Photographed at 375 px and at 150 % text.
import type { Page, TestInfo } from '@playwright/test'
import { SPECIAL_CATEGORY_LABELS, type SpecialCategory } from '../../src/core/model/family.schema'
import { demo } from '../support/demo'
import { handFamilies } from '../support/coverage'
import { ok, type TestServer } from '../support/test-server'
import { see, slidIn, tap, visible } from './browser'
import { expect, test } from './fixtures'
import { signedInPhone } from './visit-steps'

const principal = demo.principal()
const CLASS = 'cls-qs-3-1'
const shoot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true })

/** Three of the class's ordinary families visited this school year: two confirmed at home, one completed by phone. */
async function visited(srv: TestServer) {
  const d = ok(await srv.call(principal, 'reports', 'schoolDashboard', {}))
  const teacher = demo.staffOf(demo.headTeacher(CLASS))
  const families = handFamilies()
    .filter((f) => f.classId === CLASS && !f.special)
    .slice(0, 3)
  for (const [i, f] of families.entries()) {
    await srv.direct.insert('claims', {
      _id: `claim:${f.familyId}:${d.year.id}`,
      schoolId: demo.schoolId,
      familyId: f.familyId,
      periodId: d.year.id,
      classId: CLASS,
      grade: 3,
      special: false,
      teacherId: teacher._id,
      teacherName: teacher.name,
      visitId: `vis-e2e-${i}`,
      state: i < 2 ? 'confirmed' : 'completed',
      startAt: '2026-11-20T07:00:00.000Z',
      format: i < 2 ? 'home' : 'phone',
      coVisitorIds: [],
      at: '2026-11-20T09:00:00.000Z',
    })
  }
  return families
}

/** One special family of the class visited this semester (confirmed): counted in its category. */
async function specialVisited(srv: TestServer) {
  const d = ok(await srv.call(principal, 'reports', 'schoolDashboard', {}))
  const f = handFamilies().find((x) => x.classId === CLASS && x.special)!
  const teacher = demo.staffOf(demo.headTeacher(CLASS))
  const claim = { schoolId: demo.schoolId, familyId: f.familyId, periodId: d.semester.id, classId: CLASS, grade: 3, special: true }
  await srv.direct.insert('claims', {
    ...{ _id: `claim:${f.familyId}:${d.semester.id}`, ...claim, teacherId: teacher._id, teacherName: teacher.name, visitId: 'vis-e2e-s' },
    ...{ state: 'confirmed', startAt: '2026-11-20T07:00:00.000Z', format: 'home', coVisitorIds: [], at: '2026-11-20T09:00:00.000Z' },
  })
  return { category: demo.categoriesOf(f.familyId)[0]! }
}

/** Whether the canvas holds any drawn (non-transparent) pixel. */
const drawn = (page: Page, chart = 2) =>
  visible(page)
    .locator('.chart canvas')
    .nth(chart)
    .evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height)
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n += 1
      return n
    })

test('the principal opens the dashboard, reads the class chart and its table, and taps into a class', async ({ srv, newUser }, info) => {
  const families = await visited(srv)
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况')
  await tap(page, '学校家访看板')
  await see(page, '各年级')
  // The semester's trend: lines drawn, and this week's cumulative counts in the table (3 completed, 2 confirmed at least).
  await expect(visible(page).getByRole('img', { name: '本学期每周累计已完成、已确认和应访户数' })).toBeVisible()
  expect(await drawn(page, 0)).toBeGreaterThan(500)
  const weeks = visible(page).getByRole('table', { name: '本学期每周进度' }).getByRole('row')
  const [completed, confirmed] = (await weeks.last().getByRole('cell').allTextContents()).map(Number)
  expect([completed! >= 3, confirmed! >= 2]).toEqual([true, true])
  await visible(page)
    .locator('.dash__section')
    .first()
    .screenshot({ path: info.outputPath('dashboard-trend-375.png') })
  await expect(visible(page).getByRole('img', { name: '各班：完成率和到位率' })).toBeVisible()
  // Held visits by format: a bar chart and its table (at least these three visits).
  await expect(visible(page).getByRole('img', { name: '各种家访形式的占比' })).toBeVisible()
  const formats = visible(page).getByRole('table', { name: '家访形式' })
  const heldAs = async (label: string) =>
    Number(await formats.getByRole('row').filter({ hasText: label }).getByRole('cell').first().textContent())
  expect([(await heldAs('入户')) >= 2, (await heldAs('电话')) >= 1]).toEqual([true, true])
  await visible(page)
    .locator('.dash__section')
    .nth(3)
    .screenshot({ path: info.outputPath('dashboard-formats-375.png') })
  expect(await drawn(page)).toBeGreaterThan(500)
  const table = visible(page).getByRole('table', { name: '各班' })
  const inClass = handFamilies().filter((f) => f.classId === CLASS).length
  const row = table.getByRole('row').filter({ hasText: '三年级1班' })
  await expect(row.getByRole('cell')).toHaveText([String(inClass), String(families.length), '2', /%$/, /%$/])
  await shoot(page, info, 'dashboard-375')
  await visible(page)
    .locator('.dash__section')
    .nth(2)
    .screenshot({ path: info.outputPath('dashboard-classes-375.png') })
  await row.getByRole('button', { name: `三年级1班已完成 ${families.length} 户，查看名单` }).click()
  await see(page, `共 ${families.length} 户`)
  await expect(visible(page).locator('.family-row')).toHaveCount(families.length)
  await shoot(page, info, 'dashboard-families-375')
})

test('at 150 % text the dashboard still reads: chart labels and the table grow with the text', async ({ srv, newUser }, info) => {
  await visited(srv)
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况', 150)
  await tap(page, '学校家访看板')
  await see(page, '各年级')
  expect(await drawn(page)).toBeGreaterThan(500)
  expect(await drawn(page, 0)).toBeGreaterThan(500)
  await shoot(page, info, 'dashboard-150')
  await visible(page)
    .locator('.dash__section')
    .first()
    .screenshot({ path: info.outputPath('dashboard-trend-150.png') })
  await visible(page)
    .locator('.dash__section')
    .nth(1)
    .screenshot({ path: info.outputPath('dashboard-grades-150.png') })
  await visible(page)
    .locator('.dash__section')
    .nth(3)
    .screenshot({ path: info.outputPath('dashboard-formats-150.png') })
  // The page scrolls inside its screen: bring the category table into view and photograph the viewport.
  await visible(page).getByRole('table', { name: '特殊家庭按类别' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('dashboard-categories-150.png') })
})

test('special families by category: the visited one counted in its category, 未访 opens the list', async ({ srv, newUser }, info) => {
  const { category } = await specialVisited(srv)
  const label = SPECIAL_CATEGORY_LABELS[category as SpecialCategory]
  const due = handFamilies().filter((f) => demo.categoriesOf(f.familyId).includes(category)).length
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况')
  await tap(page, '学校家访看板')
  await see(page, '特殊家庭（本学期，按类别）')
  await expect(visible(page).getByRole('img', { name: '各类特殊家庭本学期已访比例' })).toBeVisible()
  const row = visible(page).getByRole('table', { name: '特殊家庭按类别' }).getByRole('row').filter({ hasText: label })
  await expect(row.getByRole('cell')).toHaveText([String(due), '1', String(due - 1), /%$/])
  expect(await drawn(page, 4)).toBeGreaterThan(500)
  await visible(page).getByRole('img', { name: '各类特殊家庭本学期已访比例' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('dashboard-categories-chart-375.png') })
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('dashboard-categories-375.png') })
  await row.getByRole('button', { name: `${label}未访 ${due - 1} 户，查看名单` }).click()
  await see(page, `${label} · 特殊家庭未访`)
  await see(page, `共 ${due - 1} 户`)
  await slidIn(page)
  await page.screenshot({ path: info.outputPath('dashboard-category-families-375.png') })
})

test('from the dashboard to 教师家访情况: the head teacher’s row, 满意率 withheld under five answers', async ({ srv, newUser }, info) => {
  await visited(srv)
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况')
  await tap(page, '学校家访看板')
  await tap(page, '教师家访情况（全部老师）')
  const name = demo.staffOf(demo.headTeacher(CLASS)).name
  const row = visible(page).getByRole('table', { name: '教师家访情况' }).getByRole('row').filter({ hasText: name })
  await expect(row.getByRole('cell')).toHaveText([/^\d+$/, '3', '3', '2', '样本不足', '0'])
  await shoot(page, info, 'teacher-sheet-375')
})
