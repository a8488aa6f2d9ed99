// 我的信息 (PIPL art. 45–46): a parent opens what the school holds about the family from their home,
// downloads it, and asks for a correction; the head teacher sees it on their home and marks it handled
// with a note; the parent reads the note. Screenshots on a small phone and at 150 % text.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { SPECIAL_CATEGORY_LABELS } from '../../src/core/model/family.schema'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { see, signInById, slidIn, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-1'
const head = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID).find((f) => demo.categoriesOf(f.student.familyId).length)!
const category = SPECIAL_CATEGORY_LABELS[demo.categoriesOf(family.student.familyId)[0]!]
const PHONE = { width: 375, height: 667 }
const WRONG = '出生年月应是2017年3月'
const NOTE = '已核对户口本并改正'

async function openMyData(page: Page, url: string) {
  await signInById(page, url, family.parent)
  await see(page, '我的孩子')
  await visible(page)
    .getByRole('button', { name: /^我的信息/ })
    .click()
  await see(page, '家庭情况（敏感信息）')
  await slidIn(page)
}

test('a parent opens 我的信息, downloads it, asks a correction; the head teacher handles it; the parent reads the note', async ({
  srv: server,
  newUser,
}) => {
  const parent = await newUser()
  await parent.setViewportSize(PHONE)
  await openMyData(parent, server.url)
  await see(parent, family.student.name)
  await see(parent, category)
  await parent.screenshot({ path: test.info().outputPath('my-data-375.png') })

  const download = parent.waitForEvent('download')
  await tap(parent, '下载我的信息')
  const file = await (await download).path()
  expect(JSON.parse(await readFile(file, 'utf8')).families[0].children[0].name).toBe(family.student.name)

  await tap(parent, '申请更正')
  await tapItem(parent, '.chip', '孩子的信息')
  await visible(parent).locator('textarea').fill(WRONG)
  await parent.screenshot({ path: test.info().outputPath('my-data-correction-375.png') })
  await tap(parent, '交给班主任')
  await see(parent, '等待班主任处理')

  const teacher = await newUser()
  await teacher.setViewportSize(PHONE)
  await signInById(teacher, server.url, head)
  await see(teacher, '家长申请更正信息 1')
  await see(teacher, WRONG)
  await slidIn(teacher)
  await visible(teacher).locator('.correction-task textarea').fill(NOTE)
  await teacher.screenshot({ path: test.info().outputPath('teacher-correction-375.png') })
  await tap(teacher, '已处理')
  await expect(visible(teacher).getByText('家长申请更正信息 1')).toHaveCount(0)

  await parent.goto(`${server.url}/#${pagePath('parentMyData')}`)
  await see(parent, `已处理：${NOTE}`)
})

test('at 150 % text 我的信息 and the correction form stay readable on a small phone', async ({ srv: server, newUser }) => {
  const page = await newUser()
  await page.setViewportSize(PHONE)
  await setTextScale(page, 150)
  await openMyData(page, server.url)
  const overflow = await visible(page).evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.screenshot({ path: test.info().outputPath('my-data-150.png') })
  await visible(page).getByText('家庭情况（敏感信息）').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('my-data-situation-150.png') })
  await tap(page, '申请更正')
  await see(page, '哪里不对')
  await visible(page).getByText('哪里不对').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('my-data-correction-150.png') })
})
