// End-to-end tests: the built H5 app on the real local server, driven in headless Chromium by
// Playwright Test (web-first assertions, steps, a trace and a screenshot of every failure in
// test-results/). `npm test` runs it after jest; `npm run test:e2e` runs it alone.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test has its own server and browser contexts; one worker per two cores.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 375, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    // DOM snapshots of every action, kept for failures; no screencast (it doubled the run on 2 cores).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
})
