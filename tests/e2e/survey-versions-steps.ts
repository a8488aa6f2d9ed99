// Steps shared by the district's questionnaire-version browser tests: open the list from the district
// home, tap, type into the draft's boxes, pick a choice, read what the device keeps.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import { see, signInById, slidIn, visible } from './browser'
import { test } from './fixtures'

export const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })
/** A tappable that is not a Taro button (a link, a card, the back bar), by its accessible name. */
export const press = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first().click()
/** The draft's text box labelled so (a one-line field or a multi-line box). */
export const box = (page: Page, label: string) =>
  visible(page).locator(`input[placeholder="请输入${label}"], textarea[placeholder="请输入${label}"]`)
export const pick = (page: Page, group: string, option: string) =>
  visible(page).getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).click()

/** The district signs in and opens 回访问卷版本 from its home. */
export async function openVersions(page: Page, url: string) {
  await signInById(page, url, demo.district())
  await see(page, '各校概况')
  await press(page, /回访问卷版本/)
  await see(page, '当前使用')
  await slidIn(page)
}

/** The keys of questionnaire drafts the device keeps (Taro storage is localStorage in H5). */
export const savedDraftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('survey-draft')))
