import type { TemplateKey } from '../core/contract/notify.contract'
import type { Result } from '../core/result'

/** Ask the user to accept reminder templates (call only from a tap); the server records what was accepted. */
export type Subscribe = (keys: TemplateKey[]) => Promise<Result<{ accepted: TemplateKey[] }>>

/** The reminders a parent is asked for once a visit is answered or agreed. */
export const VISIT_REMINDER_KEYS: TemplateKey[] = ['visit_agreed', 'visit_changed', 'visit_reminder']

/** The questionnaire after a visit: asked with its own tap, after the reminders (WeChat allows ≤ 3 per dialog). */
export const SURVEY_KEYS: TemplateKey[] = ['survey_request']

/** WeChat answers per template id ('accept' | 'reject' | 'ban' | 'filter'); keep the keys the user accepted. */
export function acceptedKeys(
  keys: TemplateKey[],
  ids: Partial<Record<TemplateKey, string>>,
  answer: Record<string, unknown>,
): TemplateKey[] {
  return keys.filter((k) => {
    const id = ids[k]
    return !!id && answer[id] === 'accept'
  })
}
