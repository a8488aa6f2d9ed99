// The one multi-line text box (TextBox) on the screens that use it, at 150 % text on a 375 px phone:
// the district's question text, a parent's suggestion, a leader's note on a dispute, a teacher's
// side of one. Each names its field, counts what is typed against its limit, and stops at the limit.
import type { Page } from '@playwright/test'
import { visible } from './browser'
import { everyPage, scenario, setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { PHONE } from './visit-steps'

const named = (label: string) => `textarea[aria-label="${label}"], [aria-label="${label}"] textarea`
const fieldOf = (page: Page, label: string) => visible(page).locator('.text-box', { has: page.locator(named(label)) })
const TYPED = '家访时间对我们很方便'

const SCREENS = [
  { key: 'districtSurveyDraft', label: '第1题 题目', max: 80 },
  { key: 'parentSuggest', label: '您的建议', max: 200 },
  { key: 'leaderDisputes', label: '老师的说明', max: 500 },
  { key: 'teacherDispute', label: '您的说明', max: 500 },
] as const

test('each multi-line box at 150 %: named, counted against its limit, stopped there', async ({ srv, newUser }) => {
  const s = await scenario(srv)
  const pages = everyPage(srv, s)
  for (const screen of SCREENS) {
    await test.step(screen.key, async () => {
      const page = await newUser()
      await page.setViewportSize(PHONE)
      await setTextScale(page, 150)
      await pages.find((p) => p.key === screen.key)!.open(page)
      const field = fieldOf(page, screen.label)
      const box = field.locator(named(screen.label)).first()
      await box.scrollIntoViewIfNeeded()
      await expect(field.locator('.field__label')).toHaveText(screen.label)
      await box.fill(TYPED)
      await expect(field.locator('.text-box__count')).toHaveText(`${TYPED.length}/${screen.max}`)
      await page.screenshot({ path: test.info().outputPath(`${screen.key}-150.png`) })
      // Typed up to the limit and past it: the box stops there and the count says so.
      await box.fill('好'.repeat(screen.max - 1))
      await box.press('End')
      await page.keyboard.type('多写')
      await expect(box).toHaveValue(`${'好'.repeat(screen.max - 1)}多`)
      await expect(field.locator('.text-box__count--full')).toHaveText(`${screen.max}/${screen.max}`)
      await page.close()
    })
  }
})
