// E2E harness: the built H5 app served by the real local server, driven by Debian's headless Chromium.
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { startTestServer, type TestServer } from '../support/test-server'

export const H5_DIR = join(__dirname, '../../dist/h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export type E2E = { srv: TestServer; newUser: () => Promise<Page>; close: () => Promise<void> }

export async function startE2E(): Promise<E2E> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first (npm test does)')
  const srv = await startTestServer({ staticDir: H5_DIR })
  const contexts: Array<{ ctx: BrowserContext; dir: string }> = []
  // One fresh profile per user: separate cookies, like two phones.
  async function newUser(): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'jf-e2e-'))
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 375, height: 740 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    contexts.push({ ctx, dir })
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    page.setDefaultTimeout(15_000)
    return page
  }
  async function close() {
    for (const { ctx, dir } of contexts) {
      await ctx.close().catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    }
    await srv.close()
  }
  return { srv, newUser, close }
}

/** One server and its browsers per test file, started before the first test and closed after the last. */
export function useE2E(timeoutMs: number): () => E2E {
  jest.setTimeout(timeoutMs)
  let e2e: E2E | undefined
  beforeAll(async () => {
    e2e = await startE2E()
  })
  afterAll(async () => {
    await e2e?.close()
  })
  return () => {
    if (!e2e) throw new Error('the e2e server is not running')
    return e2e
  }
}

/** Taro H5 keeps earlier pages in the DOM, hidden: look only inside the visible page. */
export function visible(page: Page) {
  return page.locator('.taro_page:not(.taro_page_shade)').last()
}

export async function signInAs(page: Page, baseUrl: string, name: string) {
  await page.goto(`${baseUrl}/#/pages/dev-login/index`)
  await visible(page).getByText('选择演示身份').waitFor()
  await visible(page).locator('taro-button-core', { hasText: name }).first().click()
}

/** Sign in by id through the dev endpoint (the page's cookies), then open the entry page. */
export async function signInById(page: Page, baseUrl: string, userId: string) {
  const res = await page.request.post(`${baseUrl}/dev/signin`, { data: { userId } })
  if (!res.ok()) throw new Error(`dev sign-in failed for ${userId}: ${res.status()}`)
  await page.goto(`${baseUrl}/#/pages/index/index`)
}

/** Taro buttons are web components without roles: click by their text, inside the visible page. */
export async function tap(page: Page, text: string | RegExp) {
  await visible(page).locator('taro-button-core', { hasText: text }).first().click()
}

/** A non-button tappable (card, chip, checkbox row) by class and text. */
export async function tapItem(page: Page, selector: string, text: string | RegExp) {
  await visible(page).locator(selector, { hasText: text }).first().click()
}

export async function see(page: Page, text: string | RegExp) {
  await visible(page).getByText(text).first().waitFor()
}

/** Waits until the locator matches exactly n elements (Playwright's toHaveCount, without @playwright/test). */
export async function expectCount(locator: Locator, n: number, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs
  let last = -1
  while (Date.now() < until) {
    last = await locator.count()
    if (last === n) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`expected ${n} of ${locator}, found ${last}`)
}

/** Taro's input is a web component wrapping a real <input>: fill the inner one. */
export async function fill(page: Page, placeholder: string, value: string) {
  await visible(page).locator(`input[placeholder="${placeholder}"]`).fill(value)
}

/** NutUI marks a disabled button by class (and ignores taps). */
export async function isDisabled(page: Page, text: string) {
  const cls = (await visible(page).locator('taro-button-core', { hasText: text }).first().getAttribute('class')) ?? ''
  return /disabled/.test(cls)
}
