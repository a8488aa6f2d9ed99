// WeChat: wx.onNeedPrivacyAuthorization hands us a resolve callback; the open PrivacyGate shows
// our agree button (open-type="agreePrivacyAuthorization") and answers it.
import Taro from '@tarojs/taro'
import type { PrivacyAnswer, PrivacyListener } from './privacy.types'

type Resolve = (answer: PrivacyAnswer) => void
let pending: Resolve | null = null
const listeners = new Set<PrivacyListener>()

export function registerPrivacyHandler() {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return // base library < 2.32.3
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve as unknown as Resolve
    listeners.forEach((l) => l(true))
  })
}

export function onPrivacyAsk(l: PrivacyListener) {
  listeners.add(l)
  if (pending) l(true)
  return () => void listeners.delete(l)
}

export function answerPrivacy(answer: PrivacyAnswer) {
  pending?.(answer)
  pending = null
  listeners.forEach((l) => l(false))
}
