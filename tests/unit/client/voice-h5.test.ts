// The H5 voice port over a fake SpeechRecognition: settings, finished phrases handed on, the browser's
// errors turned into messages that say what to do, and no voice where the browser has none.
import { VOICE_ERRORS } from '../../../src/client/voice-errors'
import { voice } from '../../../src/client/voice.h5'
import { appended } from '../../../src/packages/visit/components/voice-text'

type Phrase = { transcript: string; isFinal: boolean }

class FakeRecognition {
  static last: FakeRecognition | null = null
  lang = ''
  interimResults = true
  continuous = true
  maxAlternatives = 5
  started = false
  onresult: ((e: unknown) => void) | null = null
  onerror: ((e: { error: string }) => void) | null = null
  onend: (() => void) | null = null
  constructor() {
    FakeRecognition.last = this
  }
  start() {
    this.started = true
  }
  stop() {
    this.onend?.()
  }
  say(phrases: Phrase[], resultIndex = 0) {
    const results = phrases.map((p) => Object.assign([{ transcript: p.transcript }], { isFinal: p.isFinal }))
    this.onresult?.({ resultIndex, results })
  }
}

const g = globalThis as { webkitSpeechRecognition?: unknown; SpeechRecognition?: unknown }

function listen() {
  const got = { texts: [] as string[], errors: [] as string[], ended: 0 }
  voice.start({ onText: (t) => got.texts.push(t), onError: (e) => got.errors.push(e), onEnd: () => got.ended++ })
  return { got, rec: FakeRecognition.last! }
}

afterEach(() => {
  delete g.webkitSpeechRecognition
  delete g.SpeechRecognition
  FakeRecognition.last = null
})

describe('the H5 voice port', () => {
  test('no SpeechRecognition in the browser: not available, and start says so instead of throwing', () => {
    expect(voice.isAvailable()).toBe(false)
    const errors: string[] = []
    voice.start({ onText: () => undefined, onError: (e) => errors.push(e) })
    expect(errors).toEqual([VOICE_ERRORS.busy])
  })

  test('the prefixed constructor: Chinese, final results only, and each finished phrase handed on trimmed', () => {
    g.webkitSpeechRecognition = FakeRecognition
    expect(voice.isAvailable()).toBe(true)
    const { got, rec } = listen()
    expect(rec).toMatchObject({ lang: 'zh-CN', interimResults: false, started: true })
    rec.say([{ transcript: ' 孩子在家爱读书 ', isFinal: true }])
    rec.say(
      [
        { transcript: '孩子在家爱读书', isFinal: true },
        { transcript: '还在说', isFinal: false },
      ],
      1,
    )
    expect(got.texts).toEqual(['孩子在家爱读书'])
    voice.stop()
    expect(got.ended).toBe(1)
  })

  test.each([
    ['not-allowed', VOICE_ERRORS.permission],
    ['service-not-allowed', VOICE_ERRORS.permission],
    ['audio-capture', VOICE_ERRORS.noMicrophone],
    ['network', VOICE_ERRORS.network],
    ['no-speech', VOICE_ERRORS.noSpeech],
    ['language-not-supported', VOICE_ERRORS.busy],
  ])('the browser error %s reads: %s', (code, message) => {
    g.SpeechRecognition = FakeRecognition
    const { got, rec } = listen()
    rec.onerror?.({ error: code })
    expect(got.errors).toEqual([message])
  })

  test('our own stop (aborted) is not an error', () => {
    g.SpeechRecognition = FakeRecognition
    const { got, rec } = listen()
    rec.onerror?.({ error: 'aborted' })
    expect(got.errors).toEqual([])
  })

  test('the microphone message tells the teacher where to allow it', () => {
    expect(VOICE_ERRORS.permission).toContain('请在设置中允许使用麦克风')
  })
})

describe('spoken words added to a field', () => {
  test.each([
    ['', '爱读书', 10, '爱读书'],
    ['孩子很懂事', '爱读书', 20, '孩子很懂事，爱读书'],
    ['孩子很懂事。', '爱读书', 20, '孩子很懂事。爱读书'],
    ['一二三四五', '六七八九十', 8, '一二三四五，六七'],
  ])('%s + %s (limit %d) → %s', (value, text, max, expected) => {
    expect(appended(value, text, max)).toBe(expected)
  })
})
