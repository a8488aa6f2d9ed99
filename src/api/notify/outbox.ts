// The outbox: notifications are written in the same batch as the change that causes them, with ids
// derived from that change, so a retried or repeated job can never enqueue the same message twice.
import type { VisitOption } from '../../core/model/visit.schema'
import type { NotifyEvent } from '../../core/model/notification.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes, type NewDocOf } from '../../core/ports/writes'
import { pageLink } from '../../core/pages'
import { visitMessage } from '../../core/visit/messages'

export type OutboxEvent = NotifyEvent

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
    page: pageLink('visitDetail', { id: visitId }),
    dueAt,
    startAt: option?.startAt ?? null,
    status: 'pending',
    attempts: 0,
    claimedAt: null,
    sentAt: null,
    lastError: null,
  }
}

export function outboxOps(
  visitId: string,
  seq: number,
  event: OutboxEvent,
  option: VisitOption | null,
  userIds: string[],
  now: Date,
): WriteOp[] {
  return userIds.map((userId) =>
    writes.insert('outbox', outboxDoc(`obx-${visitId}-${seq}-${userId}`, userId, visitId, event, option, now.toISOString())),
  )
}
