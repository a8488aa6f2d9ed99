// Colleagues' input to a prep pack: the visit's teacher asks a colleague who teaches the child for a note
// (`prq:<visitId>:<staffId>`, so a retry is one request); the colleague answers, and may answer again.
import { z } from 'zod'
import { DocBase } from './base.schema'

export const PREP_REQUEST_STATES = ['open', 'answered'] as const

export const PrepRequestSchema = DocBase.extend({
  schoolId: z.string(),
  visitId: z.string(),
  /** The asked colleague. */
  staffId: z.string(),
  userId: z.string(),
  staffName: z.string(),
  /** Why this colleague knows the child: 班主任, 导师, 数学老师, 同年级数学老师. */
  why: z.string(),
  askedById: z.string(),
  askedByName: z.string(),
  /** Shown to the colleague on the request page only (they teach the child), never in notification texts. */
  studentNames: z.array(z.string()),
  startAt: z.string().nullable(),
  state: z.enum(PREP_REQUEST_STATES),
  text: z.string().nullable(),
  answeredAt: z.string().nullable(),
  at: z.string(),
})
export type PrepRequest = z.infer<typeof PrepRequestSchema>

export const prepRequestId = (visitId: string, staffId: string) => `prq:${visitId}:${staffId}`
