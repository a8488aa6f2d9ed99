// `npm run bench:h5` (also run by `npm run bench`): what a parent's phone downloads and waits for.
// Cold cache, the built H5 app served by the real local server on a fresh demo database:
// - JS bytes (raw and as sent) for the parent home's first load, and for then opening a visit;
// - time to first content (the first card on the parent home), unthrottled and on a throttled
//   3G-class profile (4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms round trip).
// Figures, not pass/fail. Needs `npm run build:h5 && npm run build:server` first.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { browserExecutable } from './browser-path.mjs'

const THROTTLED = { cpu: 4, latency: 150, down: (1.6e6 / 8) | 0, up: (750e3 / 8) | 0 }
const RUNS = process.env.JF_BENCH_FILES ? { unthrottled: 1 } : { unthrottled: 3, throttled: 2 }

if (!existsSync('dist/h5/index.html') || !existsSync('dist/server/main.js')) {
  console.log('bench:h5 needs `npm run build:h5 && npm run build:server` first')
  process.exit(0)
}

const dataDir = mkdtempSync(join(tmpdir(), 'jf-bench-h5-'))
const server = spawn(process.execPath, ['dist/server/main.js', '--port', '0'], {
  env: { ...process.env, JF_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
})
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    const m = /http:\/\/127\.0\.0\.1:\d+/.exec(String(d))
    if (m) resolve(m[0])
  })
  server.on('exit', () => reject(new Error('the local server stopped')))
})

try {
  const { parentId } = await proposeToAParent(base)
  const browser = await chromium.launch({
    executablePath: await browserExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  for (const [profile, n] of Object.entries(RUNS)) {
    for (let i = 0; i < n; i++) {
      const r = await coldLoad(browser, base, parentId, profile === 'throttled' ? THROTTLED : null)
      console.log(
        `${profile.padEnd(11)} run ${i + 1}: first content ${r.firstContent.toFixed(0)} ms · home JS ${kib(r.home.raw)} raw / ${kib(r.home.sent)} sent (${r.home.files} files)` +
          ` · open visit +${kib(r.visit.raw)} raw / +${kib(r.visit.sent)} sent in ${r.visitMs.toFixed(0)} ms`,
      )
    }
  }
  await browser.close()
} finally {
  server.kill()
  rmSync(dataDir, { recursive: true, force: true })
}

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`
}

async function api(base, userId, fn, action, input) {
  const cookie = await signIn(base, userId)
  const res = await fetch(`${base}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ action, input }),
  })
  const body = await res.json()
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.error.message}`)
  return body.data
}

async function signIn(base, userId) {
  const res = await fetch(`${base}/dev/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  return res.headers.get('set-cookie').split(';')[0]
}

/** The review's scenario: a parent whose home shows a proposal waiting for an answer. */
async function proposeToAParent(base) {
  const people = (await (await fetch(`${base}/dev/people`)).json()).data.people
  for (const parent of people.filter((p) => p.home === 'parent')) {
    const [child] = (await api(base, parent.userId, 'roster', 'myChildren', {})).children
    for (const teacher of people.filter((p) => p.home === 'teacher' && p.schoolName === child.schoolName)) {
      const { classes } = await api(base, teacher.userId, 'roster', 'myClasses', {})
      if (!classes.some((c) => c.isHead && c.name === child.className)) continue
      const start = new Date(Date.now() + 2 * 86400e3)
      start.setUTCHours(11, 0, 0, 0) // 19:00 in Shanghai
      const end = new Date(start.getTime() + 3600e3)
      const options = [{ startAt: start.toISOString(), endAt: end.toISOString(), format: 'home', place: null }]
      await api(base, teacher.userId, 'visits', 'propose', { studentId: child.studentId, options, topic: '聊聊孩子在家的作息' })
      return { parentId: parent.userId }
    }
  }
  throw new Error('no parent with a head teacher found in the demo data')
}

/** One cold load in a fresh context: bytes per resource from the network log, first card from the page. */
async function coldLoad(browser, base, userId, throttle) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'zh-CN' })
  const cookie = (await signIn(base, userId)).split('=')
  await context.addCookies([{ name: cookie[0], value: cookie.slice(1).join('='), url: base }])
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (!window.__firstContent && document.querySelector('.taro_page:not(.taro_page_shade) .card'))
        window.__firstContent = performance.now()
    }).observe(document, { subtree: true, childList: true })
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.latency,
      downloadThroughput: throttle.down,
      uploadThroughput: throttle.up,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu })
  }
  const js = new Map()
  cdp.on('Network.responseReceived', (e) => e.type === 'Script' && js.set(e.requestId, { sent: 0, raw: 0, url: e.response.url }))
  cdp.on('Network.dataReceived', (e) => js.has(e.requestId) && (js.get(e.requestId).raw += e.dataLength))
  cdp.on('Network.loadingFinished', (e) => js.has(e.requestId) && (js.get(e.requestId).sent = e.encodedDataLength))
  const total = () =>
    [...js.values()].reduce((a, r) => ({ raw: a.raw + r.raw, sent: a.sent + r.sent, files: a.files + 1 }), { raw: 0, sent: 0, files: 0 })

  await page.goto(`${base}/#/pages/index/index`)
  await page.waitForFunction(() => window.__firstContent, null, { timeout: 60_000 })
  const firstContent = await page.evaluate(() => window.__firstContent)
  await page.waitForLoadState('networkidle')
  const home = total()
  if (process.env.JF_BENCH_FILES) for (const r of js.values()) console.log(`  ${r.url.split('/').pop()} ${kib(r.raw)} / ${kib(r.sent)}`)

  const t0 = Date.now()
  await page.locator('.taro_page:not(.taro_page_shade)').last().locator('taro-button-core', { hasText: '去回复' }).first().click()
  await page.locator('.taro_page:not(.taro_page_shade)').last().getByText('选这个时间').first().waitFor({ timeout: 60_000 })
  const visitMs = Date.now() - t0
  await page.waitForLoadState('networkidle')
  const after = total()
  await context.close()
  return { firstContent, home, visit: { raw: after.raw - home.raw, sent: after.sent - home.sent }, visitMs }
}
