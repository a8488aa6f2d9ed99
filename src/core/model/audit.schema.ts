import { z } from 'zod'
import { DocBase } from './base.schema'

/** One line of the append-only audit log: who, in which role, did what to whose record, and why. */
export const AuditEntrySchema = DocBase.extend({
  at: z.string(),
  schoolId: z.string().nullable(),
  actorUserId: z.string(),
  actorRole: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>
