// The background job: a timed-trigger cloud function in WeChat, an interval in the local server. It
// queues reminders, sends the outbox and purges what is kept only for a while — all in small slices
// with a pause between them, because in the local server it shares the one thread that answers
// requests: no slice may hold it for long, however big the backlog. Each slice is one bounded,
// indexed read and a few batched writes; a run stops starting slices when its time is up, and the
// next run carries on where it stopped.
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import type { Notifier } from '../core/ports/notifier'
import { deliverSlice, recoverSlice, type DeliveryStats } from './notify/deliver'
import { enqueueReminderPage, VISITS_PER_PAGE } from './notify/reminders'
import { purgeReplays } from './replay'

export type JobStats = DeliveryStats & {
  enqueued: number
  recovered: number
  purged: number
  /** Uploaded rosters past their day (personal data is not kept). */
  filesPurged: number
  /** Slices run: the thread was let go between each two. */
  slices: number
}

export type JobOptions = {
  /** Outbox items (or stored answers) per slice. */
  slice?: number
  /** No slice starts after this long (WeChat stops the cloud function at 60 s). */
  budgetMs?: number
  /** Between two slices: lets waiting requests run. */
  pause?: () => Promise<void>
}

/** ~10 ms of the local thread per slice on SQLite (see `npm run bench -- outbox`). */
export const SLICE_ITEMS = 50
const BUDGET_MS = 40_000
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

type Pace = { slice: number; slices: number; hasTime: () => boolean; pause: () => Promise<void> }

export async function runScheduler(
  deps: { store: DocStore; notifier: Notifier; files?: FileStorage },
  now: Date,
  opts: JobOptions = {},
): Promise<JobStats> {
  const started = Date.now()
  const budget = opts.budgetMs ?? BUDGET_MS
  const pace: Pace = {
    slice: opts.slice ?? SLICE_ITEMS,
    slices: 0,
    hasTime: () => Date.now() - started < budget,
    pause: opts.pause ?? nextTurn,
  }
  const delivery: DeliveryStats = { sent: 0, skipped: 0, noCredit: 0, failed: 0 }
  let enqueued = 0
  let recovered = 0
  let page = 0
  await inSlices(pace, VISITS_PER_PAGE, async () => {
    const r = await enqueueReminderPage(deps.store, now, page++)
    enqueued += r.enqueued
    return r.visits
  })
  await inSlices(pace, pace.slice, async () => {
    const r = await recoverSlice(deps, now, pace.slice)
    recovered += r.recovered
    return r.looked
  })
  await inSlices(pace, pace.slice, () => deliverSlice(deps, now, pace.slice, delivery))
  const purged = await inSlices(pace, pace.slice, () => purgeReplays(deps.store, now, pace.slice))
  const files = deps.files
  const filesPurged = files ? await inSlices(pace, 1, () => files.purgeExpired(now)) : 0
  return { ...delivery, enqueued, recovered, purged, filesPurged, slices: pace.slices }
}

/** Run `step` until it handles fewer than `full` things (nothing left) or the run's time is up; answers the total. */
async function inSlices(pace: Pace, full: number, step: () => Promise<number>): Promise<number> {
  let total = 0
  while (pace.hasTime()) {
    await pace.pause()
    const n = await step()
    pace.slices++
    total += n
    if (n < full) break
  }
  return total
}
