// Which Chromium `npm test` drives, decided without a browser: a fresh machine with none still runs.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { e2eBrowser, systemChromium } from './chromium'
import { expect, test } from './fixtures'

/** A directory with an executable called chromium in it. */
function dirWithChromium() {
  const dir = mkdtempSync(join(tmpdir(), 'jf-chromium-'))
  writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n')
  chmodSync(join(dir, 'chromium'), 0o755)
  return dir
}
const empty = () => mkdtempSync(join(tmpdir(), 'jf-empty-'))

test('a machine without Chromium gets the one inside the npm package, minus its single-process and no-same-origin flags', async () => {
  const browser = await e2eBrowser({ PATH: empty() }, [])
  expect(browser.kind).toBe('bundled')
  expect(existsSync(browser.launch.executablePath!)).toBe(true)
  // Two phones at once need more than one process; the app is tested with the same-origin policy on.
  for (const flag of ['--single-process', '--disable-web-security', '--allow-running-insecure-content'])
    expect(browser.launch.args).not.toContain(flag)
  expect(browser.launch.args).toContain('--disable-background-networking')
})

test('the system Chromium is used when there is one: CHROMIUM_PATH, then the known path, then PATH', () => {
  const onPath = dirWithChromium()
  const known = join(dirWithChromium(), 'chromium')
  const PATH = [empty(), onPath].join(delimiter)
  expect(systemChromium({ PATH, CHROMIUM_PATH: '/opt/chromium' }, [known])).toBe('/opt/chromium')
  expect(systemChromium({ PATH }, [known])).toBe(known)
  expect(systemChromium({ PATH }, ['/nonexistent/chromium'])).toBe(join(onPath, 'chromium'))
  expect(systemChromium({ PATH: empty() }, [])).toBeUndefined()
})

test('JF_E2E_BROWSER forces a choice, and says what to do when the system has none', async () => {
  const withOne = { PATH: dirWithChromium() }
  expect((await e2eBrowser({ ...withOne, JF_E2E_BROWSER: 'system' }, [])).kind).toBe('system')
  expect((await e2eBrowser({ ...withOne, JF_E2E_BROWSER: 'bundled' }, [])).kind).toBe('bundled')
  await expect(e2eBrowser({ PATH: empty(), JF_E2E_BROWSER: 'system' }, [])).rejects.toThrow('install it or set CHROMIUM_PATH')
  await expect(e2eBrowser({ JF_E2E_BROWSER: 'firefox' })).rejects.toThrow('JF_E2E_BROWSER must be system or bundled')
})
