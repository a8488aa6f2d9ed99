// WeChat: the WechatSI plugin's textToSpeech (declared only when the build sets TARO_APP_WECHAT_SI=1,
// see src/app.config.ts), played through an inner audio context. Without the plugin, no button.
import Taro from '@tarojs/taro'
import type { Speech } from './speech.types'

type Plugin = {
  textToSpeech: (o: { lang: string; content: string; success: (r: { filename: string }) => void; fail: () => void }) => void
}

let plugin: Plugin | null | undefined
let audio: Taro.InnerAudioContext | null = null

function getPlugin(): Plugin | null {
  if (plugin !== undefined) return plugin
  try {
    plugin = Taro.requirePlugin('WechatSI') as Plugin
  } catch {
    plugin = null
  }
  return plugin
}

export const speech: Speech = {
  isAvailable: () => !!getPlugin(),
  speak: (text, onEnd) => {
    const p = getPlugin()
    if (!p) return onEnd?.()
    speech.stop()
    p.textToSpeech({
      lang: 'zh_CN',
      content: text,
      success: ({ filename }) => {
        audio = Taro.createInnerAudioContext()
        audio.src = filename
        audio.onEnded(() => onEnd?.())
        audio.onError(() => onEnd?.())
        audio.play()
      },
      fail: () => onEnd?.(),
    })
  },
  stop: () => {
    audio?.stop()
    audio?.destroy()
    audio = null
  },
}
