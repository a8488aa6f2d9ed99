// What a visit change tells the people of the visit. The in-app inbox item is written in the same batch
// as the change, for everyone but its author, subscribed or not; the WeChat push goes through the
// outbox, and the scheduler sends it only where a subscription credit allows. Ids derive from the
// change (visit, step, person), so a retried or repeated write can never tell anyone twice.
import type { NotifyEvent } from '../../core/model/notification.schema'
import type { Side, Visit, VisitOption } from '../../core/model/visit.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes, type NewDocOf } from '../../core/ports/writes'
import { pageLink } from '../../core/pages'
import { coVisitorMessage, inboxMessage, visitMessage, type InboxText, type VisitChange } from '../../core/visit/messages'

export type OutboxEvent = NotifyEvent

/** A person told about a change: `push` for those WeChat should also notify (the side whose turn it is). */
export type Recipient = { userId: string; side: Side; push: boolean }

/** Formats held over video: their reminders open the waiting room rather than the visit page. */
const ROOM_FORMATS: ReadonlySet<string> = new Set(['video', 'group'])

/** Where a message about a visit opens: the reminder before a video or group visit opens its waiting room. */
export function visitLink(visitId: string, event?: OutboxEvent, option?: VisitOption | null): string {
  const reminder = event === 'reminder_day' || event === 'reminder_hour'
  return reminder && option && ROOM_FORMATS.has(option.format)
    ? pageLink('videoRoom', { id: visitId })
    : pageLink('visitDetail', { id: visitId })
}

export function outboxDoc(
  id: string,
  userId: string,
  visitId: string,
  event: OutboxEvent,
  option: VisitOption | null,
  dueAt: string,
): NewDocOf<'outbox'> {
  const msg = visitMessage(event, option)
  return {
    _id: id,
    userId,
    visitId,
    event,
    templateKey: msg.templateKey,
    title: msg.title,
    body: msg.body,
    data: msg.data,
    page: visitLink(visitId, event, option),
    dueAt,
    startAt: option?.startAt ?? null,
    status: 'pending',
    attempts: 0,
    claimedAt: null,
    sentAt: null,
    lastError: null,
  }
}

export function inboxDoc(
  id: string,
  userId: string,
  visitId: string,
  text: InboxText,
  at: string,
  page = visitLink(visitId),
): NewDocOf<'inbox'> {
  return { _id: id, userId, title: text.title, body: text.body, page, at, read: false }
}

/** The inbox item of a reminder (written when it falls due) shares its outbox item's id. */
export const reminderInboxId = (outboxId: string) => `inb-${outboxId}`

/** Inbox items for every recipient and outbox items for those to push, as write operations of the change's batch. */
export function notifyOps(visit: Visit, change: VisitChange & { event: NotifyEvent }, recipients: Recipient[], now: Date): WriteOp[] {
  const at = now.toISOString()
  const step = `${visit._id}-${change.entry.seq}`
  return recipients.flatMap(({ userId, side, push }) => {
    const inbox = writes.insert('inbox', inboxDoc(`inb-${step}-${userId}`, userId, visit._id, inboxMessage(change, side), at))
    if (!push) return [inbox]
    return [inbox, writes.insert('outbox', outboxDoc(`obx-${step}-${userId}`, userId, visit._id, change.event, change.agreed, at))]
  })
}

/**
 * Inbox items for the visit's accepted co-visitors when its agreed time moves (same ids as notifyOps,
 * so a retry tells nobody twice). `told` are those the change already reaches: nobody gets two items.
 */
export function coVisitorOps(visit: Visit, change: VisitChange, told: ReadonlySet<string>, now: Date): WriteOp[] {
  const text = coVisitorMessage(change)
  if (!text) return []
  const step = `${visit._id}-${change.entry.seq}`
  return visit.coVisitors
    .filter((c) => !told.has(c.userId))
    .map((c) => writes.insert('inbox', inboxDoc(`inb-${step}-${c.userId}`, c.userId, visit._id, text, now.toISOString())))
}
