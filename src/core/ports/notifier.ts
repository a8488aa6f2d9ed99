// Sending one subscribe message. WeChat: subscribeMessage.send. Locally: the in-app inbox.
import type { TemplateKey } from '../model/notification.schema'

export type OutgoingMessage = {
  outboxId: string
  userId: string
  openid: string | null
  templateKey: TemplateKey
  title: string
  body: string
  page: string
  data: Record<string, string>
  /** When the job sends it (the job's clock). */
  at: string
}

export type SendResult = { ok: true } | { ok: false; permanent: boolean; code: string }

export interface Notifier {
  /** True when sending the same outboxId twice delivers once (then a crashed send may be retried). */
  readonly idempotent: boolean
  send(msg: OutgoingMessage): Promise<SendResult>
}
