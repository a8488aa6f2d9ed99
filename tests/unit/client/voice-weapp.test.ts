// The WeChat voice port over a fake WechatSI recognition manager: its settings, the result handed to the
// field that asked, retcodes turned into messages, one field at a time, and no voice without the plugin.
import type { Voice, VoiceHandlers } from '../../../src/client/voice.types'
import { VOICE_ERRORS } from '../../../src/client/voice-errors'

type Listener = (res: never) => void
const fake = { declared: true, starts: [] as unknown[], onStop: null as Listener | null, onError: null as Listener | null }
const manager = {
  onStop: (cb: Listener) => (fake.onStop = cb),
  onError: (cb: Listener) => (fake.onError = cb),
  start: (opts: unknown) => fake.starts.push(opts),
  stop: () => undefined,
}

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    requirePlugin: (name: string) => {
      if (!fake.declared || name !== 'WechatSI') throw new Error(`plugin ${name} is not defined`)
      return { getRecordRecognitionManager: () => manager }
    },
  },
}))

/** A fresh copy of the port (it keeps the manager in the module). */
const load = () => {
  let voice: Voice | null = null
  jest.isolateModules(() => (voice = (require('../../../src/client/voice.weapp') as { voice: Voice }).voice))
  return voice!
}

function field() {
  const got = { texts: [] as string[], errors: [] as string[], ended: 0 }
  const h: VoiceHandlers = { onText: (t) => got.texts.push(t), onError: (e) => got.errors.push(e), onEnd: () => got.ended++ }
  return { got, h }
}

beforeEach(() => Object.assign(fake, { declared: true, starts: [], onStop: null, onError: null }))

test('the plugin not declared in app.json: no voice', () => {
  fake.declared = false
  expect(load().isAvailable()).toBe(false)
})

test('60 s in Chinese; the result goes to the field that asked, trimmed, then it is done', () => {
  const voice = load()
  expect(voice.isAvailable()).toBe(true)
  const a = field()
  voice.start(a.h)
  expect(fake.starts).toEqual([{ duration: 60000, lang: 'zh_CN' }])
  fake.onStop!({ result: ' 孩子很爱读书。' } as never)
  expect(a.got).toEqual({ texts: ['孩子很爱读书。'], errors: [], ended: 1 })
})

test.each([
  [-30001, VOICE_ERRORS.permission],
  [-30003, VOICE_ERRORS.noSpeech],
  [-30004, VOICE_ERRORS.network],
  [-30011, VOICE_ERRORS.busy],
])('retcode %d reads: %s', (retcode, message) => {
  const voice = load()
  const a = field()
  voice.start(a.h)
  fake.onError!({ retcode, msg: 'x' } as never)
  expect(a.got).toEqual({ texts: [], errors: [message], ended: 1 })
})

test('a second field while one listens is told to finish the first; the first keeps its result', () => {
  const voice = load()
  const a = field()
  const b = field()
  voice.start(a.h)
  voice.start(b.h)
  expect(b.got).toEqual({ texts: [], errors: [VOICE_ERRORS.another], ended: 1 })
  expect(fake.starts).toHaveLength(1)
  fake.onStop!({ result: '第一栏' } as never)
  expect(a.got.texts).toEqual(['第一栏'])
  expect(b.got.texts).toEqual([])
})
