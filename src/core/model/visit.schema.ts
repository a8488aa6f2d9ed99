import { z } from 'zod'
import { DocBase } from './base.schema'

export const VISIT_FORMATS = ['home', 'video', 'school', 'group'] as const
export const VisitFormatSchema = z.enum(VISIT_FORMATS)
export const VISIT_FORMAT_LABELS = { home: '入户', video: '视频', school: '到校/约见', group: '分组' } as const

export const SideSchema = z.enum(['teacher', 'parent'])
export type Side = z.infer<typeof SideSchema>

export const VisitOptionSchema = z.object({
  id: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  format: VisitFormatSchema,
  place: z.string().nullable(),
})
export type VisitOption = z.infer<typeof VisitOptionSchema>

export const VISIT_STATUSES = ['awaiting_parent', 'awaiting_teacher', 'scheduled', 'cancelled', 'completed'] as const
export const VisitStatusSchema = z.enum(VISIT_STATUSES)
export type VisitStatus = z.infer<typeof VisitStatusSchema>

export const ThreadEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  side: SideSchema,
  actorUserId: z.string(),
  actorName: z.string(),
  kind: z.enum(['propose', 'counter', 'decline_home', 'accept', 'reschedule', 'cancel', 'phone_agreement']),
  options: z.array(VisitOptionSchema),
  chosenOptionId: z.string().nullable(),
  text: z.string(),
})
export type ThreadEntry = z.infer<typeof ThreadEntrySchema>

export const AgreementSchema = z.object({
  option: VisitOptionSchema,
  teacherConfirmedAt: z.string(),
  parentConfirmedAt: z.string(),
  parentUserId: z.string().nullable(),
  parentName: z.string(),
  viaPhone: z.boolean(),
  noticeVersion: z.string(),
})
export type Agreement = z.infer<typeof AgreementSchema>

export const VisitSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  studentIds: z.array(z.string()),
  teacherId: z.string(),
  teacherUserId: z.string(),
  teacherName: z.string(),
  periodId: z.string(),
  required: z.boolean(),
  topic: z.string(),
  status: VisitStatusSchema,
  options: z.array(VisitOptionSchema),
  offeredBy: SideSchema,
  offeredAt: z.string(),
  homeDeclined: z.boolean(),
  agreed: AgreementSchema.nullable(),
  thread: z.array(ThreadEntrySchema),
  cancelledBy: SideSchema.nullable(),
  cancelReason: z.string().nullable(),
  makeUpNeeded: z.boolean(),
  /** Denormalised for the agenda and reminders: the agreed start, or null. */
  startAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Visit = z.infer<typeof VisitSchema>
