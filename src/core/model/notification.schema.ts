import { z } from 'zod'
import { DocBase } from './base.schema'

/** WeChat subscribe-message templates the app asks for (one credit per user per template). */
export const TEMPLATE_KEYS = ['visit_proposal', 'visit_agreed', 'visit_changed', 'visit_reminder', 'survey_request'] as const
export const TemplateKeySchema = z.enum(TEMPLATE_KEYS)
export type TemplateKey = z.infer<typeof TemplateKeySchema>

/** What a notification announces about a visit (survey_*: its questionnaire, sent or reminded by the scheduler). */
export const NOTIFY_EVENTS = [
  'proposal',
  'agreed',
  'changed',
  'cancelled',
  'reminder_day',
  'reminder_hour',
  'survey_sent',
  'survey_reminder',
] as const
export const NotifyEventSchema = z.enum(NOTIFY_EVENTS)
export type NotifyEvent = z.infer<typeof NotifyEventSchema>

/** pending → sending → sent | skipped | no_credit | failed; `unknown` = a crashed send we may not repeat. */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'skipped', 'no_credit', 'failed', 'unknown'] as const
export const OutboxStatusSchema = z.enum(OUTBOX_STATUSES)
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>

export const OutboxItemSchema = DocBase.extend({
  userId: z.string(),
  visitId: z.string(),
  event: NotifyEventSchema,
  templateKey: TemplateKeySchema,
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.string()),
  /** The mini-program page the message opens, without a leading slash. */
  page: z.string(),
  dueAt: z.string(),
  /** The visit start the message announces: a reminder for an older start is skipped. */
  startAt: z.string().nullable(),
  status: OutboxStatusSchema,
  attempts: z.number().int().nonnegative(),
  claimedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
})
export type OutboxItem = z.infer<typeof OutboxItemSchema>

/** The local notifier's in-app inbox: one item per delivered outbox message. */
export const InboxItemSchema = DocBase.extend({
  userId: z.string(),
  title: z.string(),
  body: z.string(),
  page: z.string(),
  at: z.string(),
  read: z.boolean(),
})
export type InboxItem = z.infer<typeof InboxItemSchema>
