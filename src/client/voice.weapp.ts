// WeChat: the WechatSI plugin (微信同声传译). It is declared in app.json only when the build sets
// TARO_APP_WECHAT_SI=1 (see src/app.config.ts); without it requirePlugin throws and no voice button is shown.
import Taro from '@tarojs/taro'
import { VOICE_ERRORS, type VoiceErrorKind } from './voice-errors'
import type { Voice, VoiceHandlers } from './voice.types'

type Manager = {
  onStop: (cb: (res: { result?: string }) => void) => void
  onError: (cb: (res: { retcode: number; msg: string }) => void) => void
  start: (opts: { duration: number; lang: string }) => void
  stop: () => void
}

/** The plugin's retcodes (its documentation) to our messages. */
const KINDS: Record<number, VoiceErrorKind> = {
  [-30001]: 'permission', // the recorder could not start: usually the microphone is not allowed
  [-30003]: 'noSpeech', // no audio frames
  [-30004]: 'network',
  [-30008]: 'network',
  [-30010]: 'network',
}

let manager: Manager | null | undefined
let handlers: VoiceHandlers | null = null

/** The plugin's one recognition manager, wired once; null where the plugin is not declared. */
function getManager(): Manager | null {
  if (manager !== undefined) return manager
  try {
    const plugin = Taro.requirePlugin('WechatSI') as { getRecordRecognitionManager: () => Manager }
    manager = plugin.getRecordRecognitionManager()
  } catch {
    manager = null
    return null
  }
  // One manager for the whole app: each result goes to the field that started it, then that field is done.
  const finish = (then: (h: VoiceHandlers) => void) => {
    const h = handlers
    handlers = null
    if (!h) return
    then(h)
    h.onEnd?.()
  }
  manager.onStop((res) =>
    finish((h) => {
      const text = res.result?.trim()
      if (text) h.onText(text)
    }),
  )
  manager.onError((res) => finish((h) => h.onError(VOICE_ERRORS[KINDS[res.retcode] ?? 'busy'])))
  return manager
}

export const voice: Voice = {
  isAvailable: () => !!getManager(),
  start: (h) => {
    const m = getManager()
    const refuse = (message: string) => {
      h.onError(message)
      h.onEnd?.()
    }
    if (!m) return refuse(VOICE_ERRORS.busy)
    // The plugin runs one recognition at a time.
    if (handlers) return refuse(VOICE_ERRORS.another)
    handlers = h
    m.start({ duration: 60000, lang: 'zh_CN' })
  },
  stop: () => getManager()?.stop(),
}
