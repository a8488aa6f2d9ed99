// The background job: a timed-trigger cloud function in WeChat, an interval in the local server. It
// queues reminders, steps questionnaires (send, remind, close), sends the outbox, purges what is kept
// only for a while and repairs what a failed request left behind — all in small slices
// with a pause between them, because in the local server it shares the one thread that answers
// requests: no slice may hold it for long, however big the backlog. Each slice is one bounded,
// indexed read and a few batched writes; a run stops starting slices when its time is up, and the
// next run carries on where it stopped.
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import type { Notifier } from '../core/ports/notifier'
import { repairSlice } from './coverage/member-repairs'
import { deliverSlice, recoverSlice, type DeliveryStats } from './notify/deliver'
import { enqueueReminderPage, VISITS_PER_PAGE } from './notify/reminders'
import { purgeReplays } from './replay'
import { PURGES, type PurgeStats } from './retention'
import { alertOverdueSlice } from './notify/safety-watch'
import { surveyStepSlice, type SurveyStepStats } from './surveys/steps'
import { runUnfinishedJobs } from './roster-import/import-job'

export type JobStats = DeliveryStats &
  SurveyStepStats &
  /** What each retention purge removed (src/core/retention.rules.ts). */
  PurgeStats & {
    enqueued: number
    recovered: number
    purged: number
    /** Uploaded rosters past their day (personal data is not kept). */
    filesPurged: number
    /** Lone-visit safety: overdue check-outs told to the safety contact. */
    safetyAlerts: number
    /** Families whose entry in the special-members document a failed request left behind, written again. */
    membersRepaired: number
    /** Slices run: the thread was let go between each two. */
    slices: number
  }

export type JobOptions = {
  /** The most outbox items (or stored answers) in one slice. */
  slice?: number
  /** No slice starts after this long (WeChat stops the cloud function at 60 s; we aim for 20 s). */
  budgetMs?: number
  /** Between two slices: lets waiting requests run. */
  pause?: () => Promise<void>
  /** Milliseconds, for the run's budget and each slice's time (a test's clock moves only when its store is slow). */
  clock?: () => number
}

/** ~10 ms of the local thread for 50 items on SQLite (see `npm run bench -- outbox`). */
export const SLICE_ITEMS = 50
/** A slice that held the thread longer than this makes the next one half as big; a quick one, bigger. */
const SLICE_TARGET_MS = 20
const MIN_SLICE = 5
/** Each kind of work starts small: its first slice also pays for cold code and statements. */
const FIRST_SLICE = 10
/** A run ends within ~20 s however big the backlog (a district's questionnaires at once): the next run carries on. */
const BUDGET_MS = 18_000
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

type Pace = { max: number; slices: number; clock: () => number; hasTime: () => boolean; pause: () => Promise<void> }

export async function runScheduler(
  deps: { store: DocStore; notifier: Notifier; files?: FileStorage },
  now: Date,
  opts: JobOptions = {},
): Promise<JobStats> {
  const pace = paceOf(opts)
  const stats: JobStats = {
    sent: 0,
    skipped: 0,
    noCredit: 0,
    failed: 0,
    enqueued: 0,
    recovered: 0,
    purged: 0,
    draftsPurged: 0,
    correctionsPurged: 0,
    reportJobsPurged: 0,
    leaversErased: 0,
    filesPurged: 0,
    safetyAlerts: 0,
    membersRepaired: 0,
    surveySent: 0,
    surveyReminded: 0,
    surveyClosed: 0,
    slices: 0,
  }
  await queueReminders(deps.store, now, pace, stats)
  // Safety first: an overdue check-out is told before the outbox is sent.
  await inSlices(pace, async (size) => {
    const r = await alertOverdueSlice(deps.store, now, size)
    stats.safetyAlerts += r.alerted
    return r.looked === size
  })
  await inSlices(pace, async (size) => {
    const r = await recoverSlice(deps, now, size)
    stats.recovered += r.recovered
    return r.looked === size
  })
  // Questionnaires before the outbox: a questionnaire sent in this run is pushed in this run.
  await inSlices(pace, async (size) => (await surveyStepSlice(deps.store, now, size, stats)) === size)
  await inSlices(pace, async (size) => (await deliverSlice(deps, now, size, stats)) === size)
  await inSlices(pace, async (size) => {
    const n = await purgeReplays(deps.store, now, size)
    stats.purged += n
    return n === size
  })
  for (const [key, purge] of Object.entries(PURGES) as Array<[keyof PurgeStats, (typeof PURGES)[keyof PurgeStats]]>) {
    await inSlices(pace, async (size) => {
      const n = await purge(deps, now, size)
      stats[key] += n
      return n === size
    })
  }
  // After the erasures (they settle their own): entries a crashed or failed request left behind.
  await inSlices(pace, async (size) => {
    const r = await repairSlice(deps.store, now, size)
    stats.membersRepaired += r.repaired
    return r.looked === size && r.failed === 0
  })
  // A roster import stopped by a crash or a timeout carries on from its last chunk.
  if (pace.hasTime()) await runUnfinishedJobs({ store: deps.store, files: deps.files }, now, pace.hasTime)
  const files = deps.files
  if (files) {
    await inSlices(pace, async () => {
      const n = await files.purgeExpired(now)
      stats.filesPurged += n
      return n > 0
    })
  }
  return { ...stats, slices: pace.slices }
}

function paceOf(opts: JobOptions): Pace {
  const clock = opts.clock ?? Date.now
  const started = clock()
  const budget = opts.budgetMs ?? BUDGET_MS
  return { max: opts.slice ?? SLICE_ITEMS, slices: 0, clock, hasTime: () => clock() - started < budget, pause: opts.pause ?? nextTurn }
}

/** A visit queues a reminder for each of its people and times, so a page holds fewer visits than a slice holds items. */
async function queueReminders(store: DocStore, now: Date, pace: Pace, stats: JobStats) {
  let seen = 0
  const step = async (size: number) => {
    const r = await enqueueReminderPage(store, now, seen, size)
    seen += r.visits
    stats.enqueued += r.enqueued
    return r.visits === size
  }
  await inSlices(pace, step, Math.min(pace.max, VISITS_PER_PAGE))
}

/**
 * Run `step` with the current slice size until it says nothing is left or the run's time is up,
 * letting the thread go before each slice and sizing the next by how long this one held it.
 */
async function inSlices(pace: Pace, step: (size: number) => Promise<boolean>, most = pace.max): Promise<void> {
  let size = Math.min(most, FIRST_SLICE)
  while (pace.hasTime()) {
    await pace.pause()
    const start = pace.clock()
    const more = await step(size)
    pace.slices++
    const took = pace.clock() - start
    if (took > SLICE_TARGET_MS) size = Math.max(Math.min(MIN_SLICE, most), Math.floor(size / 2))
    else if (took < SLICE_TARGET_MS / 2) size = Math.min(most, Math.ceil(size * 1.5))
    if (!more) return
  }
}
