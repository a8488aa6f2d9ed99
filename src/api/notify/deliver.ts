// Sending the outbox, a slice at a time. Each message is sent exactly once even if two runs work at the
// same time or one crashes midway: a slice is claimed by compare-and-set (one batch; item by item only
// when another run took some), credits are spent the same way, and a crashed claim is retried only
// through a notifier that deduplicates by outbox id. A reminder is recorded in the inbox before the
// claim, subscribed or not, under an id derived from its outbox id, so no run can record it twice.
import type { OutboxItem, OutboxStatus } from '../../core/model/notification.schema'
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import type { Notifier, OutgoingMessage, SendResult } from '../../core/ports/notifier'
import { writes, type SetOf } from '../../core/ports/writes'
import { reminderInboxMessage } from '../../core/visit/messages'
import { repos } from '../repos'
import { insertAll, mapLimit, uniq } from './batches'
import { addCredit, spendCredits } from './credits'
import { inboxDoc, reminderInboxId, visitLink } from './outbox'

export type DeliveryStats = { sent: number; skipped: number; noCredit: number; failed: number }
type Deps = { store: DocStore; notifier: Notifier }
type Outcome = { status: OutboxStatus; set?: SetOf<'outbox'>; count: keyof DeliveryStats | null }

const MAX_ATTEMPTS = 3
/** A failed push waits this long per attempt before the next, so one run does not retry it at once. */
const RETRY_AFTER_MS = 60e3
/** WeChat's API answers in tens of milliseconds: a few pushes in flight at once. */
const PUSHES_IN_FLIGHT = 5

const isReminder = (item: OutboxItem) => item.event === 'reminder_day' || item.event === 'reminder_hour'

/** One slice: up to `size` due items recorded, claimed, pushed where a credit allows, and finished. Answers how many were due. */
export async function deliverSlice(deps: Deps, now: Date, size: number, stats: DeliveryStats): Promise<number> {
  const r = repos(deps.store)
  const due = await r.outbox.find({
    where: { status: 'pending', dueAt: { lte: now.toISOString() } },
    orderBy: [['dueAt', 'asc']],
    limit: size,
  })
  if (due.length === 0) return 0
  const [visits, users] = await Promise.all([
    r.visits.getMany(uniq(due.map((d) => d.visitId))),
    r.users.getMany(uniq(due.map((d) => d.userId))),
  ])
  const visitOf = new Map(visits.map((v) => [v._id, v]))
  // A reminder for a visit that moved or was cancelled since it was queued is neither recorded nor sent.
  const current = (i: OutboxItem) => !isReminder(i) || isStillOn(visitOf.get(i.visitId), i)
  await recordReminders(
    deps.store,
    due.filter((i) => isReminder(i) && current(i)),
    visitOf,
    now,
  )
  const mine = await claim(deps.store, due, now)
  const outcomes = new Map<string, Outcome>()
  for (const i of mine.filter((i) => !current(i)))
    outcomes.set(i._id, { status: 'skipped', set: { lastError: 'visit changed' }, count: 'skipped' })
  const live = mine.filter(current)
  const paid = await spendCredits(deps.store, live, now)
  for (const i of live.filter((i) => !paid.has(i._id))) outcomes.set(i._id, { status: 'no_credit', count: 'noCredit' })
  const openid = new Map(users.map((u) => [u._id, u.openid]))
  const pushed = live.filter((i) => paid.has(i._id))
  const results = await mapLimit(pushed, PUSHES_IN_FLIGHT, (i) => sendSafely(deps.notifier, message(i, openid.get(i.userId) ?? null, now)))
  for (const [k, item] of pushed.entries()) outcomes.set(item._id, await afterSend(deps.store, item, results[k]!, now))
  await finish(deps.store, mine, outcomes)
  for (const o of outcomes.values()) if (o.count) stats[o.count]++
  return due.length
}

const isStillOn = (v: Visit | undefined, item: OutboxItem) => v?.status === 'scheduled' && v.startAt === item.startAt

async function recordReminders(store: DocStore, items: OutboxItem[], visitOf: Map<string, Visit>, now: Date) {
  const docs = items.map((i) => {
    const option = visitOf.get(i.visitId)!.agreed!.option
    const text = reminderInboxMessage(i.event as 'reminder_day' | 'reminder_hour', option)
    return inboxDoc(reminderInboxId(i._id), i.userId, i.visitId, text, now.toISOString(), visitLink(i.visitId, i.event, option))
  })
  await insertAll(store, 'inbox', docs)
}

/** The items this run won: all of them in one batch, or, if another run took some, each one it still can. */
async function claim(store: DocStore, due: OutboxItem[], now: Date): Promise<OutboxItem[]> {
  const set = (i: OutboxItem): SetOf<'outbox'> => ({ status: 'sending', claimedAt: now.toISOString(), attempts: i.attempts + 1 })
  if ((await store.batch(due.map((i) => writes.update('outbox', i._id, set(i), i._v)))).ok) return due
  const won: OutboxItem[] = []
  for (const i of due) if (await repos(store).outbox.update(i._id, set(i), i._v)) won.push(i)
  return won
}

async function afterSend(store: DocStore, item: OutboxItem, res: SendResult, now: Date): Promise<Outcome> {
  if (res.ok) return { status: 'sent', set: { sentAt: now.toISOString() }, count: 'sent' }
  await addCredit(store, item.userId, item.templateKey, now) // not consumed by a failed send
  const attempts = item.attempts + 1
  if (res.permanent || attempts >= MAX_ATTEMPTS) return { status: 'failed', set: { lastError: res.code, claimedAt: null }, count: 'failed' }
  const dueAt = new Date(now.getTime() + RETRY_AFTER_MS * attempts).toISOString()
  return { status: 'pending', set: { lastError: res.code, claimedAt: null, dueAt }, count: null }
}

/** Every claimed item's outcome in one batch (compare-and-set on the claimed version). */
async function finish(store: DocStore, mine: OutboxItem[], outcomes: Map<string, Outcome>) {
  const ops = mine.map((i) => {
    const o = outcomes.get(i._id)!
    return writes.update('outbox', i._id, { status: o.status, ...o.set }, i._v + 1)
  })
  if (ops.length === 0 || (await store.batch(ops)).ok) return
  // Only a stale-claim recovery can have touched one meanwhile: keep what it decided for that one.
  for (const op of ops) if (op.kind === 'update') await store.update('outbox', op.id, op.set, op.expectVersion)
}

function message(item: OutboxItem, openid: string | null, now: Date): OutgoingMessage {
  const { _id: outboxId, userId, templateKey, title, body, page, data } = item
  return { outboxId, userId, openid, templateKey, title, body, page, data, at: now.toISOString() }
}

async function sendSafely(notifier: Notifier, msg: OutgoingMessage): Promise<SendResult> {
  try {
    return await notifier.send(msg)
  } catch (e) {
    return { ok: false, permanent: false, code: (e as Error).name || 'EXCEPTION' }
  }
}

/** Claims older than this belong to a run that died mid-way (a cloud function timeout). */
const STALE_CLAIM_MS = 5 * 60e3

/** One slice of crashed claims given back: to send again where a second send cannot duplicate, otherwise marked unknown (at most once). */
export async function recoverSlice(deps: Deps, now: Date, size: number): Promise<{ looked: number; recovered: number }> {
  const outbox = repos(deps.store).outbox
  const cutoff = new Date(now.getTime() - STALE_CLAIM_MS).toISOString()
  const stale = await outbox.find({ where: { status: 'sending', claimedAt: { lt: cutoff } }, limit: size })
  const status = deps.notifier.idempotent ? 'pending' : 'unknown'
  let recovered = 0
  for (const item of stale) if (await outbox.update(item._id, { status, claimedAt: null }, item._v)) recovered++
  return { looked: stale.length, recovered }
}
