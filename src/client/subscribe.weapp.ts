// WeChat: requestSubscribeMessage (from a tap, ≤ 3 templates); each accept is one send credit on the server.
import Taro from '@tarojs/taro'
import type { TemplateKey } from '../core/contract/notify.contract'
import { notifyApi } from './calls/notify'
import { acceptedKeys, type Subscribe } from './subscribe.types'

// Literal process.env reads so the build replaces them (every one is defined in .env).
const TEMPLATE_IDS: Record<TemplateKey, string> = {
  visit_proposal: process.env.TARO_APP_TMPL_VISIT_PROPOSAL ?? '',
  visit_agreed: process.env.TARO_APP_TMPL_VISIT_AGREED ?? '',
  visit_changed: process.env.TARO_APP_TMPL_VISIT_CHANGED ?? '',
  visit_reminder: process.env.TARO_APP_TMPL_VISIT_REMINDER ?? '',
  survey_request: process.env.TARO_APP_TMPL_SURVEY_REQUEST ?? '',
}

export const subscribe: Subscribe = async (keys) => {
  const asked = keys.slice(0, 3).filter((k) => TEMPLATE_IDS[k])
  if (asked.length === 0) return { ok: true, data: { accepted: [] } }
  let answer: Record<string, unknown>
  try {
    answer = (await Taro.requestSubscribeMessage({
      tmplIds: asked.map((k) => TEMPLATE_IDS[k]),
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
  } catch {
    return { ok: false, error: { code: 'NOTIFY.SUBSCRIBE_FAILED', message: '没能打开订阅提醒，请稍后再试' } }
  }
  const accepted = acceptedKeys(asked, TEMPLATE_IDS, answer)
  if (accepted.length === 0) return { ok: true, data: { accepted } }
  const res = await notifyApi.subscribed({ accepted })
  return res.ok ? { ok: true, data: { accepted } } : res
}
