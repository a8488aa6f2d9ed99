// What a user does on the H5 app, in Taro's DOM: sign in, tap, fill, see. Every wait is one of
// Playwright's auto-waiting assertions; nothing polls by hand or reads the page once.
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Taro H5 keeps earlier pages in the DOM, hidden: look only inside the visible page. */
export function visible(page: Page) {
  return page.locator('.taro_page:not(.taro_page_shade)').last()
}

/** Taro buttons are web components; match them by their text, inside the visible page. */
export function buttons(page: Page, text: string | RegExp): Locator {
  return visible(page).locator('taro-button-core', { hasText: text })
}

export async function signInAs(page: Page, baseUrl: string, name: string) {
  await page.goto(`${baseUrl}/#/pages/dev-login/index`)
  await see(page, '选择演示身份')
  await buttons(page, name).first().click()
}

/** Sign in by id through the dev endpoint (the page's cookies), then open the entry page. */
export async function signInById(page: Page, baseUrl: string, userId: string) {
  const res = await page.request.post(`${baseUrl}/dev/signin`, { data: { userId } })
  expect(res.ok(), `dev sign-in for ${userId}`).toBe(true)
  await page.goto(`${baseUrl}/#/pages/index/index`)
}

/** A page just opened has finished sliding in (before a screenshot, or a tap at a position). */
export async function slidIn(page: Page) {
  await expect.poll(async () => (await visible(page).boundingBox())?.x).toBe(0)
}

export async function tap(page: Page, text: string | RegExp) {
  await buttons(page, text).first().click()
}

/** A non-button tappable (card, chip, checkbox row) by class and text. */
export async function tapItem(page: Page, selector: string, text: string | RegExp) {
  await visible(page).locator(selector, { hasText: text }).first().click()
}

export async function see(page: Page, text: string | RegExp) {
  await expect(visible(page).getByText(text).first()).toBeVisible()
}

/** Taro's input is a web component wrapping a real <input>: fill the inner one. */
export async function fill(page: Page, placeholder: string, value: string) {
  await visible(page).locator(`input[placeholder="${placeholder}"]`).fill(value)
}

/** NutUI marks a disabled button by class (and ignores taps); waits until it is so. */
export async function expectDisabled(page: Page, text: string) {
  await expect(buttons(page, text).first()).toHaveClass(/disabled/)
}

/** The trimmed text of an element once it has some. */
export async function textOf(locator: Locator): Promise<string> {
  await expect(locator).not.toBeEmpty()
  return (await locator.textContent())!.trim()
}
