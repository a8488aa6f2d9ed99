// Stored visit records: the record (`visit_records/<visitId>`), every submitted version
// (`record_versions/<visitId>:<n>`), the server-side draft (`record_drafts/<visitId>`) and the plan's
// follow-ups (`follow_ups/<visitId>:<i>`) the teacher's home lists.
import { z } from 'zod'
import { DraftSchema, RecordSchema } from '../visit/record.rules'
import { DocBase } from './base.schema'

export const VisitRecordDocSchema = DocBase.extend({
  visitId: z.string(),
  schoolId: z.string(),
  familyId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  /** The current version's number (1 for the first submission). */
  version: z.number().int(),
  record: RecordSchema,
  firstSubmittedAt: z.string(),
  updatedAt: z.string(),
})
export type VisitRecordDoc = z.infer<typeof VisitRecordDocSchema>

export const RecordVersionSchema = DocBase.extend({
  visitId: z.string(),
  n: z.number().int(),
  record: RecordSchema,
  at: z.string(),
  by: z.string(),
})
export const recordVersionId = (visitId: string, n: number) => `${visitId}:${n}`

export const RecordDraftDocSchema = DocBase.extend({
  visitId: z.string(),
  ownerId: z.string(),
  draft: DraftSchema,
  updatedAt: z.string(),
})

/** Why a follow-up was closed without being done, as the archive says it. */
export const FOLLOW_UP_CLOSED_LABELS = { left: '学生已离校' } as const
export type FollowUpClosed = keyof typeof FOLLOW_UP_CLOSED_LABELS

export const FollowUpSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  ownerId: z.string(),
  visitId: z.string(),
  dueDate: z.string(),
  text: z.string(),
  /** No longer open: done by its owner, or closed (`closedWhy`). */
  done: z.boolean(),
  /** Closed without being done: the family's children all left (a roster import); null otherwise. */
  closedWhy: z
    .enum(Object.keys(FOLLOW_UP_CLOSED_LABELS) as [FollowUpClosed])
    .nullable()
    .default(null),
})
export type FollowUp = z.infer<typeof FollowUpSchema>
export const followUpId = (visitId: string, i: number) => `${visitId}:${i}`
