import { z } from 'zod'
import { DocBase } from './base.schema'

/** Invite codes: `_id` is the code itself, so a code can exist once only. */
export const InviteSchema = DocBase.extend({
  schoolId: z.string(),
  kind: z.enum(['staff', 'class']),
  staffId: z.string().nullable(),
  classId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  status: z.enum(['active', 'used', 'revoked']),
  usedBy: z.string().nullable(),
})
export type Invite = z.infer<typeof InviteSchema>

/** Append-only record of each consent given or withdrawn. */
export const ConsentRecordSchema = DocBase.extend({
  userId: z.string(),
  studentId: z.string(),
  schoolId: z.string(),
  kind: z.enum(['guardian', 'sensitive']),
  given: z.boolean(),
  noticeVersion: z.string(),
  at: z.string(),
})
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>
