// The reminder job: a timed-trigger cloud function in WeChat, an interval in the local server.
// Each message is sent exactly once even if the job runs twice at the same time or crashes midway:
// outbox ids are derived from what they announce, sending is claimed by compare-and-set, and a crashed
// claim is retried only through a notifier that deduplicates by outbox id.
import type { OutboxItem, OutboxStatus } from '../core/model/notification.schema'
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import type { SetOf } from '../core/ports/writes'
import type { Notifier } from '../core/ports/notifier'
import { spendCredit, addCredit } from './notify/credits'
import { outboxDoc } from './notify/outbox'
import { purgeReplays } from './replay'
import { repos } from './repos'

export type JobStats = {
  enqueued: number
  sent: number
  skipped: number
  noCredit: number
  failed: number
  recovered: number
  purged: number
  /** Uploaded rosters past their day (personal data is not kept). */
  filesPurged: number
}
const HOUR = 3600e3
const STALE_CLAIM_MS = 5 * 60e3
const MAX_ATTEMPTS = 3

export async function runScheduler(
  deps: { store: DocStore; notifier: Notifier; files?: FileStorage },
  now: Date,
  batch = 50,
): Promise<JobStats> {
  const stats: JobStats = { enqueued: 0, sent: 0, skipped: 0, noCredit: 0, failed: 0, recovered: 0, purged: 0, filesPurged: 0 }
  stats.enqueued = await enqueueReminders(deps.store, now)
  stats.recovered = await recoverStaleClaims(deps, now)
  const r = repos(deps.store)
  const due = await r.outbox.find({
    where: { status: 'pending', dueAt: { lte: now.toISOString() } },
    orderBy: [['dueAt', 'asc']],
    limit: batch,
  })
  const visits = await r.visits.getMany([...new Set(due.map((d) => d.visitId))])
  const users = await r.users.getMany([...new Set(due.map((d) => d.userId))])
  for (const item of due) {
    const outcome = await deliver(deps, item, now, {
      visit: visits.find((v) => v._id === item.visitId),
      openid: users.find((u) => u._id === item.userId)?.openid ?? null,
    })
    if (outcome) stats[outcome]++
  }
  stats.purged = await purgeReplays(deps.store, now)
  if (deps.files) stats.filesPurged = await deps.files.purgeExpired(now)
  return stats
}

/** Day-before and hour-before reminders for agreed visits starting within the next 25 hours. */
async function enqueueReminders(store: DocStore, now: Date): Promise<number> {
  const r = repos(store)
  const soon = await r.visits.find({
    where: { status: 'scheduled', startAt: { gt: now.toISOString(), lte: new Date(now.getTime() + 25 * HOUR).toISOString() } },
    limit: 100,
  })
  if (soon.length === 0) return 0
  const [existing, bindings] = await Promise.all([
    r.outbox.find({
      where: { visitId: { in: soon.map((v) => v._id) }, event: { in: ['reminder_day', 'reminder_hour'] } },
      limit: 100,
    }),
    r.bindings.find({
      where: { studentId: { in: [...new Set(soon.flatMap((v) => v.studentIds))].slice(0, 100) }, status: 'approved' },
      limit: 100,
    }),
  ])
  let n = 0
  for (const v of soon) {
    const start = new Date(v.startAt!).getTime()
    const people = [v.teacherUserId, ...bindings.filter((b) => v.studentIds.includes(b.studentId)).map((b) => b.userId)]
    for (const [event, before] of [
      ['reminder_day', 24 * HOUR],
      ['reminder_hour', HOUR],
    ] as const) {
      // A visit agreed at short notice gets no "tomorrow" reminder an hour before it starts.
      if (event === 'reminder_day' && start - now.getTime() < 3 * HOUR) continue
      for (const userId of new Set(people)) {
        const id = `obx-${v._id}-${event}-${v.startAt}-${userId}`
        if (existing.some((e) => e._id === id)) continue
        const doc = outboxDoc(id, userId, v._id, event, v.agreed!.option, new Date(start - before).toISOString())
        if ((await r.outbox.insert(doc)) === 'ok') n++
      }
    }
  }
  return n
}

async function recoverStaleClaims(deps: { store: DocStore; notifier: Notifier }, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_CLAIM_MS).toISOString()
  const outbox = repos(deps.store).outbox
  const stale = await outbox.find({ where: { status: 'sending', claimedAt: { lt: cutoff } }, limit: 50 })
  let n = 0
  for (const item of stale) {
    // Resend only where a second send cannot duplicate; otherwise at most once.
    const status = deps.notifier.idempotent ? 'pending' : 'unknown'
    if (await outbox.update(item._id, { status, claimedAt: null }, item._v)) n++
  }
  return n
}

type Outcome = 'sent' | 'skipped' | 'noCredit' | 'failed' | null
async function deliver(
  deps: { store: DocStore; notifier: Notifier },
  item: OutboxItem,
  now: Date,
  ctx: { visit?: { status: string; startAt: string | null }; openid: string | null },
): Promise<Outcome> {
  const { store } = deps
  const outbox = repos(store).outbox
  const attempts = item.attempts + 1
  if (!(await outbox.update(item._id, { status: 'sending', claimedAt: now.toISOString(), attempts }, item._v))) return null // another run has it
  const finish = (status: OutboxStatus, extra: SetOf<'outbox'> = {}) => outbox.update(item._id, { status, ...extra }, item._v + 1)
  const isReminder = item.event.startsWith('reminder')
  if (isReminder && (ctx.visit?.status !== 'scheduled' || ctx.visit.startAt !== item.startAt)) {
    await finish('skipped', { lastError: 'visit changed' })
    return 'skipped'
  }
  const key = item.templateKey
  if (!(await spendCredit(store, item.userId, key, now))) {
    await finish('no_credit')
    return 'noCredit'
  }
  const msg = {
    outboxId: item._id,
    userId: item.userId,
    openid: ctx.openid,
    templateKey: key,
    title: item.title,
    body: item.body,
    page: item.page,
    data: item.data,
    at: now.toISOString(),
  }
  const res = await sendSafely(deps.notifier, msg)
  if (res.ok) {
    await finish('sent', { sentAt: now.toISOString() })
    return 'sent'
  }
  await addCredit(store, item.userId, key, now) // not consumed by a failed send
  const retry = !res.permanent && attempts < MAX_ATTEMPTS
  await finish(retry ? 'pending' : 'failed', { lastError: res.code, claimedAt: null })
  return retry ? null : 'failed'
}

async function sendSafely(notifier: Notifier, msg: Parameters<Notifier['send']>[0]) {
  try {
    return await notifier.send(msg)
  } catch (e) {
    return { ok: false as const, permanent: false, code: (e as Error).name || 'EXCEPTION' }
  }
}
