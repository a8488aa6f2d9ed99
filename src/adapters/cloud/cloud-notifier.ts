// Subscribe messages through cloud.openapi.subscribeMessage.send (needs "subscribeMessage.send" in the
// function's config.json). Template ids come from the function's environment. Not exercised here:
// it needs a real WeChat account with approved templates.
import type { TemplateKey } from '../../core/contract/notify.contract'
import type { Notifier, SendResult } from '../../core/ports/notifier'

export type SubscribeApi = {
  openapi: {
    subscribeMessage: {
      send(args: {
        touser: string
        templateId: string
        page: string
        data: Record<string, { value: string }>
        miniprogramState: string
      }): Promise<unknown>
    }
  }
}

const ENV_NAMES: Record<TemplateKey, string> = {
  visit_proposal: 'JF_TMPL_VISIT_PROPOSAL',
  visit_agreed: 'JF_TMPL_VISIT_AGREED',
  visit_changed: 'JF_TMPL_VISIT_CHANGED',
  visit_reminder: 'JF_TMPL_VISIT_REMINDER',
  survey_request: 'JF_TMPL_SURVEY_REQUEST',
}

/** Field values must respect WeChat's per-type length rules (thing ≤ 20, phrase ≤ 5) or the send fails (47003). */
export function fitField(key: string, value: string): string {
  if (key.startsWith('thing')) return value.slice(0, 20)
  if (key.startsWith('phrase')) return value.slice(0, 5)
  return value
}

export function createCloudNotifier(cloud: SubscribeApi, env: Record<string, string | undefined> = process.env): Notifier {
  return {
    idempotent: false,
    async send(msg): Promise<SendResult> {
      const templateId = env[ENV_NAMES[msg.templateKey]]
      if (!templateId) return { ok: false, permanent: true, code: 'NO_TEMPLATE' }
      if (!msg.openid) return { ok: false, permanent: true, code: 'NO_OPENID' }
      const data = Object.fromEntries(Object.entries(msg.data).map(([k, v]) => [k, { value: fitField(k, v) }]))
      try {
        await cloud.openapi.subscribeMessage.send({
          touser: msg.openid,
          templateId,
          page: msg.page,
          data,
          miniprogramState: env.JF_MP_STATE ?? 'formal',
        })
        return { ok: true }
      } catch (e) {
        const code = Number((e as { errCode?: number }).errCode)
        // 43101: the user has no credit left / refused; 40037/41030/47003: our template or data is wrong.
        return { ok: false, permanent: [43101, 40037, 41030, 47003].includes(code), code: String(code || 'UNKNOWN') }
      }
    },
  }
}
