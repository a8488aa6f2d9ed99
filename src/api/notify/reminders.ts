// Day-before and hour-before reminders for agreed visits starting within the next 25 hours, queued a
// page of visits at a time. Their ids name the visit, the reminder, the start and the person, so a page
// seen twice (two runs, the next minute) queues nothing new.
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import type { NewDocOf } from '../../core/ports/writes'
import { repos } from '../repos'
import { chunks, insertAll, uniq } from './batches'
import { outboxDoc } from './outbox'

const HOUR = 3600e3
/** The most visits in a page: their children's guardians fit one read (a few guardians per child). */
export const VISITS_PER_PAGE = 20
const REMINDERS = [
  ['reminder_day', 24 * HOUR],
  ['reminder_hour', HOUR],
] as const

/**
 * Queue the reminders of the `size` visits after the first `skip` (in start order); answers how many
 * visits it looked at and how many reminders were new.
 */
export async function enqueueReminderPage(
  store: DocStore,
  now: Date,
  skip: number,
  size = VISITS_PER_PAGE,
): Promise<{ visits: number; enqueued: number }> {
  const r = repos(store)
  const soon = await r.visits.find({
    where: { status: 'scheduled', startAt: { gt: now.toISOString(), lte: new Date(now.getTime() + 25 * HOUR).toISOString() } },
    orderBy: [['startAt', 'asc']],
    limit: Math.min(size, VISITS_PER_PAGE),
    skip,
  })
  if (soon.length === 0) return { visits: 0, enqueued: 0 }
  const guardians = await guardiansOf(store, uniq(soon.flatMap((v) => v.studentIds)))
  const docs = soon.flatMap((v) => remindersOf(v, [v.teacherUserId, ...v.studentIds.flatMap((s) => guardians.get(s) ?? [])], now))
  const existing = new Set<string>()
  for (const ids of chunks(docs.map((d) => d._id))) for (const d of await r.outbox.getMany(ids)) existing.add(d._id)
  const enqueued = await insertAll(
    store,
    'outbox',
    docs.filter((d) => !existing.has(d._id)),
  )
  return { visits: soon.length, enqueued }
}

function remindersOf(v: Visit, people: string[], now: Date): Array<NewDocOf<'outbox'>> {
  const start = new Date(v.startAt!).getTime()
  return REMINDERS.flatMap(([event, before]) => {
    // A visit agreed at short notice gets no "tomorrow" reminder an hour before it starts.
    if (event === 'reminder_day' && start - now.getTime() < 3 * HOUR) return []
    return uniq(people).map((userId) =>
      outboxDoc(
        `obx-${v._id}-${event}-${v.startAt}-${userId}`,
        userId,
        v._id,
        event,
        v.agreed!.option,
        new Date(start - before).toISOString(),
      ),
    )
  })
}

/** Approved guardians by child, a few children per read so no read is cut short by its limit. */
async function guardiansOf(store: DocStore, studentIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const ids of chunks(studentIds, 20)) {
    const bindings = await repos(store).bindings.find({ where: { studentId: { in: ids }, status: 'approved' }, limit: 100 })
    for (const b of bindings) out.set(b.studentId, [...(out.get(b.studentId) ?? []), b.userId])
  }
  return out
}
