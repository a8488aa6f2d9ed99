// Steps shared by the district's questionnaire-version browser tests: a phone, the list opened from
// the district home, a new draft, a question filled in, the problems 预览 names, publishing after the
// confirmation, the parent's answers. Every step waits on what the user sees, so a broken screen fails it.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import { see, signInById, slidIn, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { PHONE } from './visit-steps'

export const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })
/** A tappable that is not a Taro button (a link, a card, the back bar), by its accessible name. */
export const press = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first().click()
/** The draft's text box labelled so (a one-line field or a multi-line box). */
export const box = (page: Page, label: string) =>
  visible(page).locator(`input[placeholder="请输入${label}"], textarea[placeholder="请输入${label}"]`)
export const pick = (page: Page, group: string, option: string) =>
  visible(page).getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).click()

/** A 375×667 phone, at 150 % text when asked. */
export async function phone(newUser: () => Promise<Page>, textScale = 100) {
  const page = await newUser()
  await page.setViewportSize(PHONE)
  if (textScale !== 100) await setTextScale(page, textScale)
  return page
}

/** The district signs in and opens 回访问卷版本 from its home. */
export async function openVersions(page: Page, url: string) {
  await signInById(page, url, demo.district())
  await see(page, '各校概况')
  await press(page, /回访问卷版本/)
  await see(page, '当前使用')
  await slidIn(page)
}

/** From the list, 从当前版本新建一版: the draft page, numbered `heading` (新版本 v2…). */
export async function newDraft(page: Page, heading: string | RegExp) {
  await tap(page, '从当前版本新建一版')
  await see(page, heading)
  await slidIn(page)
}

/** Question n's words, short name and (optionally) whether it must be answered. */
export async function fillQuestion(page: Page, n: number, q: { prompt: string; label: string; required?: boolean }) {
  await box(page, `第${n}题 题目`).fill(q.prompt)
  await box(page, `第${n}题 简称`).fill(q.label)
  if (q.required !== undefined) await pick(page, `第${n}题 是否必答`, q.required ? '必须回答' : '可以不填')
}

/** 预览 refused: every problem named, the list in view at the top; then the screenshot. */
export async function previewRefused(page: Page, problems: string[], shotName: string) {
  await tap(page, '预览家长看到的问卷')
  for (const p of problems) await see(page, p)
  await expect(visible(page).getByRole('alert')).toBeInViewport()
  await shot(page, shotName)
}

type PublishOptions = { confirmShot?: string; meanwhile?: () => Promise<void> }

/** 发布 vN, the confirmation that says it is final (screenshot when named; `meanwhile` runs while it is open), 确认发布. */
export async function publish(page: Page, version: string, { confirmShot, meanwhile }: PublishOptions = {}) {
  await tap(page, `发布 ${version}`)
  await see(page, `发布问卷 ${version}？`)
  if (confirmShot) await shot(page, confirmShot)
  await meanwhile?.()
  await tap(page, '确认发布')
}

/** The parent's answers, one choice per question (by its short name). */
export async function answer(page: Page, choices: Record<string, string>) {
  for (const [question, option] of Object.entries(choices)) await pick(page, question, option)
}

/** The keys of questionnaire drafts the device keeps (Taro storage is localStorage in H5). */
export const savedDraftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('survey-draft')))
