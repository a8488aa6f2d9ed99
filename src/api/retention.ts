// Purges for what the retention table (src/core/retention.rules.ts) says is no longer needed; each call
// is one bounded, indexed read and one batch, so the scheduler can run it in slices.
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import { retentionCutoff } from '../core/retention.rules'
import { eraseLeavers } from './retention-leavers'

type Deps = { store: DocStore; files?: FileStorage }

/** Server-side record drafts not saved for 30 days: the visit was recorded another way, or dropped. */
export async function purgeStaleDrafts(store: DocStore, now: Date, limit = 100): Promise<number> {
  const stale = await store.find('record_drafts', { where: { updatedAt: { lt: retentionCutoff('recordDrafts', now) } }, limit })
  if (stale.length) await store.batch(stale.map((d) => ({ kind: 'remove' as const, coll: 'record_drafts' as const, id: d._id })))
  return stale.length
}

/** Handled correction requests a year after they were asked; open ones wait for the head teacher. */
export async function purgeCorrections(store: DocStore, now: Date, limit = 100): Promise<number> {
  const where = { state: 'handled', createdAt: { lt: retentionCutoff('corrections', now) } }
  const old = await store.find('corrections', { where, limit })
  if (old.length) await store.batch(old.map((d) => ({ kind: 'remove' as const, coll: 'corrections' as const, id: d._id })))
  return old.length
}

/** Report jobs a day after their last step, with their file unless a submission (the district's record) names it. */
export async function purgeReportJobs(deps: Deps, now: Date, limit = 100): Promise<number> {
  const { store, files } = deps
  if (!files) return 0
  const old = await store.find('report_jobs', { where: { updatedAt: { lt: retentionCutoff('reportJobs', now) } }, limit })
  for (const job of old) {
    const fileId = job.fileId as string | null
    const submitted = fileId ? await store.count('report_submissions', { jobId: job._id }) : 0
    if (fileId && !submitted) await files.remove(fileId)
  }
  if (old.length) await store.batch(old.map((d) => ({ kind: 'remove' as const, coll: 'report_jobs' as const, id: d._id })))
  return old.length
}

/** The scheduler's purge slices, each answering how many it removed; the key names its count in the run's stats. */
export const PURGES = {
  draftsPurged: (d: Deps, now: Date, n: number) => purgeStaleDrafts(d.store, now, n),
  correctionsPurged: (d: Deps, now: Date, n: number) => purgeCorrections(d.store, now, n),
  reportJobsPurged: purgeReportJobs,
  leaversErased: (d: Deps, now: Date, n: number) => eraseLeavers(d.store, now, n),
} satisfies Record<string, (d: Deps, now: Date, n: number) => Promise<number>>

export type PurgeStats = Record<keyof typeof PURGES, number>
