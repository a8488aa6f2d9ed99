// Video E2E: Chromium with a fake camera and microphone, WebRTC kept on loopback, phones with camera
// and microphone allowed, and reading what arrives from the call's peer connections (window.__jfCall).
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, LaunchOptions, Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { agreedOn } from '../support/hold'
import type { TestServer } from '../support/test-server'
import type { DemoFamily } from '../support/visits'
import { ok } from '../support/test-server'
import { visible } from './browser'
import { e2eBrowser } from './chromium'
import { E2E_NOW, expect, test as base } from './fixtures'
import { MEDIA_FLAGS } from './video-media-flags'

type Phones = { phone: (userId: string) => Promise<Page> }

export const test = base.extend<Phones, { launchOptions: LaunchOptions }>({
  launchOptions: [
    // eslint-disable-next-line no-empty-pattern -- a Playwright fixture with no dependencies
    async ({}, use) => {
      const { launch } = await e2eBrowser()
      await use({ ...launch, args: [...(launch.args ?? []), ...MEDIA_FLAGS] })
    },
    { scope: 'worker' },
  ],
  phone: async ({ browser, srv }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (userId) => {
      const context = await mediaContext(browser)
      contexts.push(context)
      const page = await context.newPage()
      expect((await page.request.post(`${srv.url}/dev/signin`, { data: { userId } })).ok()).toBe(true)
      return page
    })
    await Promise.all(contexts.map((c) => c.close()))
  },
})
export { expect }

async function mediaContext(browser: Browser) {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'], viewport: { width: 375, height: 667 } })
  await context.clock.setFixedTime(E2E_NOW)
  return context
}

/** A video visit agreed for today (the E2E clock says 10:00): the call may be held now. */
export async function videoToday(srv: TestServer, teacher: string, family: DemoFamily, format: 'video' | 'home' = 'video') {
  return (await agreedOn(srv, teacher, family, '01', format, '10:30', '11:00')).visitId
}

export async function openRoom(page: Page, srv: TestServer, visitId: string) {
  await page.goto(`${srv.url}/#${pagePath('videoRoom', { id: visitId })}`)
}

/** Video frames decoded so far, per peer connection of the page's call. */
export function framesIn(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    type Call = { peers: () => RTCPeerConnection[] }
    const call = (window as unknown as { __jfCall?: Call }).__jfCall
    const out: number[] = []
    for (const pc of call?.peers() ?? []) {
      let n = 0
      ;(await pc.getStats()).forEach((r: { type: string; kind?: string; framesDecoded?: number }) => {
        if (r.type === 'inbound-rtp' && r.kind === 'video') n += r.framesDecoded ?? 0
      })
      out.push(n)
    }
    return out
  })
}

/** Waits until `peers` peer connections each decode video frames (polled by Playwright). */
export async function seesVideo(page: Page, peers: number, above = 0) {
  await expect
    .poll(async () => (await framesIn(page)).filter((n) => n > above).length, { timeout: 20_000, message: 'video frames arriving' })
    .toBe(peers)
}

type Hook = { peers: () => RTCPeerConnection[]; drop: () => void; active: () => boolean }
type HookedWindow = { __jfCall: Hook; __oldPc?: RTCPeerConnection }

/** The page's call through its test hook (window.__jfCall). */
export const callHook = {
  peerCount: (page: Page) => page.evaluate(() => (window as unknown as HookedWindow).__jfCall.peers().length),
  active: (page: Page) => page.evaluate(() => (window as unknown as HookedWindow).__jfCall.active()),
  sendsVideo: (page: Page) =>
    page.evaluate(() =>
      (window as unknown as HookedWindow).__jfCall.peers().some((pc) => pc.getSenders().some((s) => s.track?.kind === 'video')),
    ),
  /** Drop the network as a blip would (socket and peer links gone), remembering the old connection. */
  drop: (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as HookedWindow
      w.__oldPc = w.__jfCall.peers()[0]
      w.__jfCall.drop()
    }),
  /** A new peer connection replaced the one before the drop. */
  reconnected: (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as HookedWindow
      const pc = w.__jfCall.peers()[0]
      return !!pc && pc !== w.__oldPc
    }),
}

export const button = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first()

export const teacherOf = (classId: string) => demo.headTeacher(classId)
export { ok }

/** No serious or critical axe violation on the screen as it is now. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)
  expect(found, found.join('\n')).toEqual([])
}
