// Playwright fixtures for the E2E tests: each test gets its own local server over a fresh demo
// district, and `newUser()` opens a phone (a browser context with its own cookies). Server and
// browsers share one frozen instant, so a run gives the same days and times at any hour.
import { join } from 'node:path'
import { test as base, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test'
import { startTestServer, type TestServer } from '../support/test-server'
import { e2eBrowser } from './chromium'

export { expect } from '@playwright/test'

export const H5_DIR = join(__dirname, '../../dist/h5')
/** "Now" for the server and every page: Tuesday 1 December 2026, 10:00 in Shanghai. */
export const E2E_NOW = new Date('2026-12-01T02:00:00.000Z')

type Fixtures = { srv: TestServer; newUser: () => Promise<Page> }

export const test = base.extend<Fixtures, { launchOptions: LaunchOptions }>({
  // eslint-disable-next-line no-empty-pattern -- a Playwright fixture with no dependencies
  launchOptions: [async ({}, use) => use((await e2eBrowser()).launch), { scope: 'worker' }],
  // eslint-disable-next-line no-empty-pattern -- a Playwright fixture with no dependencies
  srv: async ({}, use) => {
    const srv = await startTestServer({ staticDir: H5_DIR, clock: () => E2E_NOW })
    await use(srv)
    await srv.close()
  },
  newUser: async ({ browser }, use) => {
    const phones: BrowserContext[] = []
    await use(async () => {
      const phone = await browser.newContext()
      await phone.clock.setFixedTime(E2E_NOW)
      phones.push(phone)
      return phone.newPage()
    })
    await Promise.all(phones.map((p) => p.close()))
  },
})
