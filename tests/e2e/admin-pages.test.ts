// The school admin's pages as the admin reads them: the audit log in words, imports in their own
// history, invites only for staff who have not joined, figures that open what they count.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { addUnjoinedColleague } from '../support/staff'
import { demo } from '../support/demo'
import { see, signInById, tap, tapItem, visible } from './browser'
import { expect, test } from './fixtures'

const tmp = mkdtempSync(join(tmpdir(), 'jf-e2e-admin-'))
const masked = (name: string) => `${name[0]}${'*'.repeat(name.length - 1)}`

/**
 * At WeChat's largest common text setting nothing sticks out sideways and no button label is
 * smaller than body text. Retried until it holds: a page that has just opened is still sliding in.
 */
async function expectFitsAtLargeText(page: Page, where: string) {
  await expect(async () => {
    const found = await visible(page).evaluate((root) => {
      const body = parseFloat(getComputedStyle(document.body).fontSize)
      const wide = Array.from(root.querySelectorAll('*'))
        .filter((e) => {
          const r = e.getBoundingClientRect()
          return r.width > 0 && r.right > window.innerWidth + 1
        })
        .map((e) => `${e.className} “${(e.textContent ?? '').slice(0, 20)}”`)
      const small = Array.from(root.querySelectorAll('.nut-button-children'))
        .filter((e) => parseFloat(getComputedStyle(e).fontSize) < body)
        .map((e) => e.textContent)
      return { body, wide: wide.slice(0, 5), small }
    })
    expect(found.body, where).toBe(24)
    expect(found.wide, `${where}: wider than the phone`).toEqual([])
    expect(found.small, `${where}: button labels smaller than body text`).toEqual([])
  }).toPass()
}

const largeText = (page: Page) => page.addStyleTag({ content: 'html { font-size: 150% !important }' })

async function openFromAdminHome(page: Page, title: string) {
  await see(page, '学校管理')
  await visible(page)
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click()
  await see(page, title)
}

test('the audit log reads in words: who in which role, whose family (names masked), when and why — masked reads too', async ({
  srv,
  newUser,
}) => {
  const student = demo.specialStudent('cls-qs-3-2')
  const teacher = demo.teacherOf('cls-qs-3-2', true) // a subject teacher: sees the family masked
  expect(await srv.call(teacher, 'privacy', 'familyProfile', { studentId: student._id, reason: 'visit_prep' })).toMatchObject({
    ok: true,
    data: { sensitiveHidden: 'not_allowed' },
  })
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await openFromAdminHome(page, '敏感信息查看记录')

  const row = visible(page).locator('.audit-row', { hasText: demo.staffOf(teacher).name })
  await expect(row).toHaveCount(1)
  await expect(row.getByText(new RegExp(`^${demo.staffOf(teacher).name}（.*任课教师.*）$`))).toBeVisible()
  await expect(row.getByText('查看家庭信息（敏感信息已遮挡）')).toBeVisible()
  await expect(row.getByText(`${demo.className(student.classId)} ${masked(student.name)}`)).toBeVisible()
  await expect(row.getByText('家访准备')).toBeVisible()
  await expect(row.getByText('2026年12月1日 10:00')).toBeVisible()
  // No raw ids and no full names anywhere in the log.
  await expect(visible(page).getByText(/fam-|f-[A-Za-z0-9]{8,}|stf-/)).toHaveCount(0)
  await expect(visible(page).getByText(student.name)).toHaveCount(0)
  // The school's own log is all one school; the district's names the school on each row.
  await expect(row.getByText('大武口区青山小学')).toHaveCount(0)
  await signInById(page, srv.url, demo.district())
  await tapItem(page, '.cell-tap', '敏感信息查看记录')
  const districtRow = visible(page).locator('.audit-row', { hasText: demo.staffOf(teacher).name })
  await expect(districtRow.getByText('大武口区青山小学')).toBeVisible()
})

test('an applied import shows a toast and appears in the import history, not in the sensitive-read log', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await openFromAdminHome(page, '名单导入')
  await see(page, '导入记录')
  await see(page, '还没有导入过名单')

  const download = page.waitForEvent('download')
  await tap(page, '下载模板')
  const file = join(tmp, '秋季名单.xlsx')
  await (await download).saveAs(file)
  const chooser = page.waitForEvent('filechooser')
  await tap(page, /选择文件/)
  await (await chooser).setFiles(file)
  await see(page, '第3步：核对预览')
  await tap(page, '确认导入')
  await visible(page).locator('.dialog taro-button-core', { hasText: '确认导入' }).click()
  await expect(page.getByRole('status').getByText('已导入')).toBeVisible()
  await see(page, '导入完成')
  const history = visible(page).locator('.import-history')
  await expect(history.getByText(/^“秋季名单\.xlsx”：.*学生新增 \d+ 人/)).toBeVisible()
  await expect(history.getByText(`2026年12月1日 10:00 · ${demo.nameOf(demo.admin())}`)).toBeVisible()

  await tap(page, '返回学校管理')
  await openFromAdminHome(page, '敏感信息查看记录')
  await see(page, /共 \d+ 条|还没有查看记录/)
  await expect(visible(page).getByText(/导入|秋季名单|新增/)).toHaveCount(0)
})

test('the staff list offers an invite only to staff who have not joined; 停用 is a quiet link that asks first', async ({
  srv,
  newUser,
}) => {
  // Everyone in the demo school has joined: a new colleague, as a roster import would add them.
  const staffId = 'stf-qs-e2e-new'
  await addUnjoinedColleague(srv.store, staffId, '丁一') // first by name: on the first page of the list
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await openFromAdminHome(page, '教职工与邀请')
  const cards = visible(page).locator('.card.staff')
  await expect(cards.first()).toBeVisible()
  const invites = visible(page).getByRole('button', { name: /生成邀请码$/ })
  await expect(invites).toHaveCount(1)
  await expect(invites).toHaveAccessibleName('为丁一生成邀请码')
  // Joined staff (the principal among them) carry no invite; the admin cannot stop their own account.
  const principal = cards.filter({ hasText: demo.staffOf(demo.principal()).name })
  await expect(principal.getByText('已加入')).toBeVisible()
  await expect(principal.locator('taro-button-core')).toHaveCount(0)
  const self = cards.filter({ hasText: demo.nameOf(demo.admin()) })
  await expect(self.getByRole('button', { name: /停用/ })).toHaveCount(0)

  await invites.click()
  await expect(page.getByRole('status').getByText('已生成邀请码')).toBeVisible()
  await see(page, '丁一的教师邀请码')
  await expect(invites).toHaveText('重新生成邀请码')

  const newcomer = cards.filter({ hasText: '丁一' })
  await newcomer.getByRole('button', { name: '停用丁一' }).click()
  await expect(visible(page).locator('.dialog').getByText('停用丁一？')).toBeVisible()
  await visible(page).locator('.dialog taro-button-core', { hasText: '确定停用' }).click()
  await expect(page.getByRole('status').getByText('已停用丁一')).toBeVisible()
  await expect(newcomer.getByText(/已停用/)).toBeVisible()
  await expect(newcomer.getByRole('button')).toHaveCount(0)
})

test('home figures open what they count, or are plain text', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await see(page, '学校管理')
  const home = visible(page)
  for (const plain of [/^学生 \d+ 人/, /^家庭 \d+ 户/, /^家长 \d+ 人/])
    await expect(home.getByRole('button', { name: plain })).toHaveCount(0)
  await home.getByRole('button', { name: /^教职工 \d+ 人，查看名单/ }).click()
  await see(page, '教职工与邀请')
  await see(page, /共 \d+ 人/)

  await signInById(page, srv.url, demo.principal())
  await see(page, '学校概况')
  // The leader has no staff page: the figure is plain.
  await expect(visible(page).getByRole('button', { name: /^教职工/ })).toHaveCount(0)
  await visible(page)
    .getByRole('button', { name: /^班级 \d+ 个，查看名单/ })
    .click()
  await tapItem(page, '.cell-tap', '五年级1班')
  await see(page, '学生名单')
})

test('the sign-in page shows one error when the server cannot be reached, with a way forward', async ({ srv, newUser }) => {
  const page = await newUser()
  await page.route('**/dev/people', (route) => route.abort())
  await page.goto(`${srv.url}/#/pages/dev-login/index`)
  await see(page, '连接失败')
  await expect(visible(page).getByRole('alert')).toHaveCount(1)
  // Nothing else to tap that would only fail again.
  await expect(visible(page).getByRole('button')).toHaveCount(1)
  await page.unroute('**/dev/people')
  await visible(page).getByRole('button', { name: '重试' }).click()
  await see(page, '以新微信用户进入')
  await expect(visible(page).getByRole('alert')).toHaveCount(0)
})

test('at 150 % text the admin, leader and district pages fit the phone, with button labels no smaller than body text', async ({
  srv,
  newUser,
}) => {
  await addUnjoinedColleague(srv.store, 'stf-qs-e2e-large', '丁二')
  await srv.call(demo.teacherOf('cls-qs-3-2', true), 'privacy', 'familyProfile', { studentId: demo.specialStudent()._id, reason: 'care' })
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await largeText(page)
  await see(page, /学生 \d+ 人/)
  await expectFitsAtLargeText(page, 'admin home')

  await openFromAdminHome(page, '教职工与邀请')
  await visible(page).getByRole('button', { name: '为丁二生成邀请码' }).click()
  await see(page, '丁二的教师邀请码')
  await expectFitsAtLargeText(page, 'staff with an invite code')
  await visible(page).locator('.pager').scrollIntoViewIfNeeded()
  await expectFitsAtLargeText(page, 'staff pager')

  await visible(page)
    .getByRole('button', { name: /回到首页|返回/ })
    .first()
    .click()
  await openFromAdminHome(page, '名单导入')
  const bad = join(tmp, 'bad.csv')
  writeFileSync(
    bad,
    [
      '学号,姓名,性别,出生年月,年级,班级,监护人1姓名,监护人1关系,监护人1电话',
      '2026019901,张小明,男,2019-13,一年级,1班,张建国,父亲,1380000',
    ].join('\n'),
  )
  const chooser = page.waitForEvent('filechooser')
  await tap(page, /选择文件/)
  await (await chooser).setFiles(bad)
  await see(page, '学生表第2行：出生年月“2019-13”格式不正确，请填写如 2019-09')
  await expectFitsAtLargeText(page, 'import with errors')

  await visible(page)
    .getByRole('button', { name: /回到首页|返回/ })
    .first()
    .click()
  await openFromAdminHome(page, '敏感信息查看记录')
  await see(page, /共 \d+ 条/)
  await expectFitsAtLargeText(page, 'audit log')

  for (const [who, title] of [
    [demo.principal(), '学校概况'],
    [demo.district(), '各校概况'],
  ] as const) {
    await signInById(page, srv.url, who)
    await largeText(page)
    await see(page, title)
    await see(page, /学生 \d+ 人/)
    await expectFitsAtLargeText(page, title)
  }

  await page.goto(`${srv.url}/#/pages/dev-login/index`)
  await largeText(page)
  await see(page, '以新微信用户进入')
  await expectFitsAtLargeText(page, 'demo sign-in')
  await tap(page, '以新微信用户进入')
  await largeText(page)
  await see(page, '欢迎使用家访助手')
  await expectFitsAtLargeText(page, 'newcomer entry')
})
