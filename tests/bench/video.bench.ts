// Video benchmark (figures, not pass/fail), on the real local server over loopback with the built H5
// app (`npm run build:h5` first) in headless Chromium with a fake camera and microphone:
// 1. call set-up: from the teacher's tap on 开始视频 until video frames are decoded on both sides,
//    p50/p95 over 10 calls (target ≤ 2 s); split into "the parent's page notices the start" (its room
//    poll) and "join to frames" (ticket, socket, offer/answer, ICE, first frame);
// 2. the signalling hub's memory per open call: heap before/after N rooms of two joined sockets.
import { existsSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { chromium, type Browser, type Page } from 'playwright-core'
// @ts-expect-error -- a plain ES module shared with the H5 bench
import { browserExecutable } from '../../config/browser-path.mjs'
import { demo } from '../support/demo'
import { agreedOn } from '../support/hold'
import { openSignal } from '../support/signal-client'
import { ok, startTestServer, type TestServer } from '../support/test-server'
import { pagePath } from '../../src/core/pages'
import { MEDIA_FLAGS } from '../e2e/video-media-flags'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const CALLS = 10
const ROOMS = 30

const families = () =>
  demo.classes
    .flatMap((c) =>
      demo
        .familiesOf(c._id)
        .filter((f, i, all) => all.findIndex((g) => g.student.familyId === f.student.familyId) === i)
        // One teacher's visits an hour apart (a teacher cannot hold two at once).
        .map((f, k) => ({ teacher: demo.headTeacher(c._id), family: f, from: `${10 + k}:30`, to: `${10 + k}:55` })),
    )
    .filter((x) => Number(x.from.slice(0, 2)) < 23)

/** `n` video visits agreed for today, skipping families the demo already has a visit with. */
async function agreedVisits(srv: TestServer, n: number) {
  const out: { teacher: string; parent: string; visitId: string }[] = []
  for (const { teacher, family, from, to } of families()) {
    if (out.length === n) break
    const v = await agreedOn(srv, teacher, family, '01', 'video', from, to).catch(() => null)
    if (v) out.push({ teacher, parent: family.parent, visitId: v.visitId })
  }
  return out
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(0)} ms · p95 ${pct(xs, 95).toFixed(0)} ms · max ${Math.max(...xs).toFixed(0)} ms`

async function phone(browser: Browser, srv: TestServer, userId: string): Promise<Page> {
  const ctx = await browser.newContext({ permissions: ['camera', 'microphone'], viewport: { width: 375, height: 667 } })
  await ctx.clock.setFixedTime(NOW)
  const page = await ctx.newPage()
  await page.request.post(`${srv.url}/dev/signin`, { data: { userId } })
  return page
}

/** Resolves when the page's call decodes video from a peer (checked every 20 ms inside the page). */
const framesArrive = (page: Page) =>
  page.evaluate(async () => {
    type Call = { peers: () => RTCPeerConnection[] }
    const decoded = async () => {
      const call = (window as unknown as { __jfCall?: Call }).__jfCall
      for (const pc of call?.peers() ?? []) {
        let n = 0
        ;(await pc.getStats()).forEach((r: { type: string; kind?: string; framesDecoded?: number }) => {
          if (r.type === 'inbound-rtp' && r.kind === 'video') n += r.framesDecoded ?? 0
        })
        if (n > 0) return true
      }
      return false
    }
    const until = performance.now() + 30_000
    while (!(await decoded())) {
      if (performance.now() > until) throw new Error('no video frames within 30 s')
      await new Promise((r) => setTimeout(r, 20))
    }
  })

async function oneCall(browser: Browser, srv: TestServer, teacher: string, parentId: string, visitId: string) {
  const [p, t] = [await phone(browser, srv, parentId), await phone(browser, srv, teacher)]
  const room = `${srv.url}/#${pagePath('videoRoom', { id: visitId })}`
  await p.goto(room)
  await p.getByText('✓ 麦克风可以用').first().waitFor()
  await t.goto(room)
  await t.getByText('在等候 · 摄像头、麦克风正常').first().waitFor()
  const start = Date.now()
  await t.getByRole('button', { name: '开始视频' }).first().click()
  const guestJoin = p
    .waitForFunction(() => !!(window as unknown as { __jfCall?: unknown }).__jfCall, undefined, { polling: 20 })
    .then(() => Date.now())
  await Promise.all([framesArrive(t), framesArrive(p)])
  const both = Date.now()
  const joined = await guestJoin
  await Promise.all([p.context().close(), t.context().close()])
  return { total: both - start, notice: joined - start, media: both - joined }
}

async function setupTimes(srv: TestServer) {
  const browser = await chromium.launch({
    executablePath: await browserExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', ...MEDIA_FLAGS],
  })
  const runs: { total: number; notice: number; media: number }[] = []
  try {
    for (const { teacher, parent, visitId } of await agreedVisits(srv, CALLS))
      runs.push(await oneCall(browser, srv, teacher, parent, visitId))
  } finally {
    await browser.close()
  }
  console.log(`call set-up, teacher's 开始视频 → frames on both sides (${runs.length} calls): ${fmt(runs.map((r) => r.total))}`)
  console.log(
    `  of which the parent's page notices the start (a waiting parent's page asks every second): ${fmt(runs.map((r) => r.notice))}`,
  )
  console.log(`  of which the parent's join → frames on both sides: ${fmt(runs.map((r) => r.media))}`)
}

// A full collection before each reading, so the difference is what the open rooms hold.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

async function heap() {
  gc()
  await new Promise((r) => setTimeout(r, 50))
  gc()
  return process.memoryUsage().heapUsed
}

async function hubMemory(srv: TestServer) {
  const tickets: string[][] = []
  for (const { teacher, parent, visitId } of await agreedVisits(srv, ROOMS)) {
    ok(await srv.call(teacher, 'video', 'start', { visitId }))
    const token = async (u: string) => ok(await srv.call(u, 'video', 'joinTicket', { visitId })).token
    tickets.push([await token(teacher), await token(parent)])
  }
  const before = await heap()
  const sockets = []
  for (const pair of tickets) for (const t of pair) sockets.push(await openSignal(srv.url, t))
  await Promise.all(sockets.map((s) => s.next('welcome')))
  const after = await heap()
  const perRoom = (after - before) / tickets.length / 1024
  console.log(
    `signalling: ${tickets.length} open calls of 2 sockets: heap +${((after - before) / 1024 / 1024).toFixed(2)} MiB, ${perRoom.toFixed(1)} KiB per call`,
  )
  console.log('  (hub and the bench’s own client sockets share this process: an upper bound for the server)')
  await Promise.all(sockets.map((s) => s.close()))
}

async function main() {
  if (!existsSync('dist/h5/index.html')) return console.log('video bench needs `npm run build:h5` first')
  const srv = await startTestServer({ staticDir: 'dist/h5', clock: () => NOW })
  try {
    await setupTimes(srv)
    await hubMemory(srv)
  } finally {
    await srv.close()
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
