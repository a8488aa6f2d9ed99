import { z } from 'zod'
import { DocBase } from './base.schema'

export const VISIT_FORMATS = ['home', 'video', 'school', 'group'] as const
export const VisitFormatSchema = z.enum(VISIT_FORMATS)
export const VISIT_FORMAT_LABELS = { home: '入户', video: '视频', school: '到校/约见', group: '分组' } as const

export const VisitSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  studentIds: z.array(z.string()),
  teacherId: z.string(),
  periodId: z.string(),
  status: z.enum(['negotiating', 'scheduled', 'in_progress', 'completed', 'cancelled']),
  format: VisitFormatSchema.nullable(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Visit = z.infer<typeof VisitSchema>

export const SurveySchema = DocBase.extend({
  schoolId: z.string(),
  visitId: z.string(),
  userId: z.string(),
  satisfaction: z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']),
  happened: z.boolean(),
  giftsOffered: z.boolean(),
  comment: z.string().max(500),
  submittedAt: z.string(),
})
export type Survey = z.infer<typeof SurveySchema>

export const OpinionSchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string().nullable(),
  userId: z.string(),
  text: z.string().max(1000),
  status: z.enum(['open', 'answered']),
  answer: z.string().nullable(),
  createdAt: z.string(),
})
export type Opinion = z.infer<typeof OpinionSchema>

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
