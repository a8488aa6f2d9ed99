// Voice input on the record form, with the browser's speech recognition replaced by a fake (headless
// Chromium has no microphone): the words land at the end of the field, a refused microphone says what to
// do, and a browser without speech recognition shows no voice button at all.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { buttons, fill, see, visible } from './browser'
import { expect, test } from './fixtures'
import { heldVisit, openRecord } from './record-steps'
import { phoneAt } from './visit-steps'

const SUMMARY = 'input[placeholder="写给家长的几句话"]'
const shot = async (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })

/** A SpeechRecognition that "hears" the given words when the teacher taps to stop, or fails on start. */
async function fakeSpeech(page: Page, heard: string, fail: string | null = null) {
  await page.addInitScript(
    ([words, error]) => {
      class FakeRecognition {
        lang = ''
        interimResults = true
        onresult: ((e: unknown) => void) | null = null
        onerror: ((e: { error: string }) => void) | null = null
        onend: (() => void) | null = null
        start() {
          if (error) queueMicrotask(() => (this.onerror?.({ error }), this.onend?.()))
        }
        stop() {
          const results = [Object.assign([{ transcript: `${words}（${this.lang}）` }], { isFinal: !this.interimResults })]
          this.onresult?.({ resultIndex: 0, results })
          this.onend?.()
        }
      }
      Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true })
      Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true })
    },
    [heard, fail] as const,
  )
}

const voiceButtonOf = (page: Page, field: string) => visible(page).getByRole('button', { name: `语音输入：${field}` })

test('spoken words are added to the end of the summary; the button says when it is listening', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  for (const scale of [100, 150]) {
    const t = await phoneAt(newUser, scale)
    await fakeSpeech(t, '孩子最近很爱读书')
    await openRecord(t, srv, visitId)
    await fill(t, '写给家长的几句话', '孩子很懂事')
    const button = voiceButtonOf(t, '给家长看的小结（可不填）')
    await button.scrollIntoViewIfNeeded()
    await button.click()
    await expect(buttons(t, '正在听…点此结束')).toHaveCount(1)
    await shot(t, `voice-listening-${scale}.png`)
    await buttons(t, '正在听…点此结束').click()
    // Chinese, final results only (the fake echoes the language it was given and marks interim text).
    await expect(visible(t).locator(SUMMARY)).toHaveValue('孩子很懂事，孩子最近很爱读书（zh-CN）')
    await expect(buttons(t, '正在听…点此结束')).toHaveCount(0)
    await shot(t, `voice-added-${scale}.png`)
  }
})

test('a refused microphone says where to allow it; the field keeps what was typed', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await phoneAt(newUser)
  await fakeSpeech(t, '', 'not-allowed')
  await openRecord(t, srv, visitId)
  await fill(t, '写给家长的几句话', '孩子很懂事')
  await voiceButtonOf(t, '给家长看的小结（可不填）').click()
  await see(t, '请在设置中允许使用麦克风')
  await expect(visible(t).locator(SUMMARY)).toHaveValue('孩子很懂事')
  await visible(t).getByRole('alert').first().scrollIntoViewIfNeeded()
  await shot(t, 'voice-refused.png')
  const { violations } = await new AxeBuilder({ page: t }).include('.voice-input').analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
})

test('a browser without speech recognition: no voice button, the form as before', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await phoneAt(newUser)
  await t.addInitScript(() => {
    for (const name of ['webkitSpeechRecognition', 'SpeechRecognition'])
      Object.defineProperty(window, name, { value: undefined, configurable: true })
  })
  await openRecord(t, srv, visitId)
  await see(t, '七、小结与承诺')
  await expect(visible(t).locator(SUMMARY)).toHaveCount(1)
  await expect(buttons(t, '语音输入')).toHaveCount(0)
})
