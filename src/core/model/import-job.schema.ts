// A staged roster import: too big for one transaction, it is written in chunks under a job (see
// core/roster-import/staged.ts and api/roster-import/import-job.ts).
import { z } from 'zod'
import { DocBase } from './base.schema'

/**
 * staging: chunk `cursor` is the next to write; its new documents stay hidden from readers.
 * refreshing: the final switch applied (the new roster is visible); who owns each family's visit
 * is being recomputed from it. committed: done. discarding: a chunk or the switch was
 * refused (the roster changed underneath); its staged documents are being removed, `cursor` counting down.
 * failed: nothing of it is left.
 */
export const IMPORT_JOB_STATES = ['staging', 'refreshing', 'committed', 'discarding', 'failed'] as const
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number]
/** States whose staged documents readers must not see. */
export const HIDDEN_JOB_STATES: readonly ImportJobState[] = ['staging', 'discarding']
/** States someone must carry on. */
export const UNFINISHED_JOB_STATES: readonly ImportJobState[] = ['staging', 'refreshing', 'discarding']

const Counts = z.object({ add: z.number().int(), update: z.number().int(), unchanged: z.number().int() })

export const ImportJobSchema = DocBase.extend({
  schoolId: z.string(),
  fileId: z.string(),
  fileName: z.string(),
  state: z.enum(IMPORT_JOB_STATES),
  /** Chunks of new documents; the final switch comes after them. */
  chunks: z.number().int(),
  cursor: z.number().int(),
  /** Every write of the plan, for the admin's progress text. */
  writes: z.number().int(),
  summary: z.object({ classes: Counts, students: Counts, guardians: Counts, families: Counts, staff: Counts }),
  missingFromFile: z.number().int(),
  /** Students the new roster drops (ids only), marked left by the job's last step, whoever runs it. */
  leavers: z.array(z.string()).default([]),
  /** Why a job failed, in words for the admin. */
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ImportJob = z.infer<typeof ImportJobSchema>

/** `import_chunks/<jobId>:<k>` (k = 0.. or `final`): the planned writes, sealed whole (they hold personal data). */
export const ImportChunkSchema = DocBase.extend({ jobId: z.string(), ops: z.array(z.record(z.string(), z.unknown())) })
export type ImportChunk = z.infer<typeof ImportChunkSchema>

/** `locks/import:<schoolId>`: one import of a school at a time. */
export const ImportLockSchema = DocBase.extend({ jobId: z.string() })
