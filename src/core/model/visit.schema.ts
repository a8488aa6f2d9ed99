import { z } from 'zod'
import { DocBase } from './base.schema'

export const VISIT_FORMATS = ['home', 'video', 'school', 'group'] as const
export const VisitFormatSchema = z.enum(VISIT_FORMATS)
export type VisitFormat = z.infer<typeof VisitFormatSchema>
export const VISIT_FORMAT_LABELS = { home: '入户', video: '视频', school: '到校/约见', group: '分组' } as const satisfies Record<
  VisitFormat,
  string
>
/** What a family that declined a home visit may still be offered. */
export const NON_HOME_FORMATS = VISIT_FORMATS.filter((f): f is Exclude<VisitFormat, 'home'> => f !== 'home')

/** What either side may do to a visit; the negotiation decides which of them apply when. */
export const COMMAND_KINDS = ['accept', 'counter', 'decline_home', 'reschedule', 'cancel', 'phone_agreement'] as const
export const CommandKindSchema = z.enum(COMMAND_KINDS)
/** What each action is called on its button and on the form it opens. */
export const COMMAND_LABELS: Record<(typeof COMMAND_KINDS)[number], string> = {
  accept: '选这个时间',
  counter: '另约时间',
  decline_home: '不方便入户，改用其他方式',
  reschedule: '改期',
  phone_agreement: '电话已约好',
  cancel: '取消家访',
}
/** A thread entry is the opening proposal or one of the actions. */
export const THREAD_ENTRY_KINDS = ['propose', ...COMMAND_KINDS] as const

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
/** Visits still under way: waiting for one side, or agreed and not yet over. */
export const OPEN_VISIT_STATUSES = ['awaiting_parent', 'awaiting_teacher', 'scheduled'] as const satisfies readonly VisitStatus[]

export const ThreadEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  side: SideSchema,
  actorUserId: z.string(),
  actorName: z.string(),
  kind: z.enum(THREAD_ENTRY_KINDS),
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
  /** The registered guardian named in a phone agreement; null otherwise (and in visits agreed before it was kept). */
  guardianId: z.string().nullable().default(null),
  noticeVersion: z.string(),
})
export type Agreement = z.infer<typeof AgreementSchema>

/** A colleague who joins the visit (accepted by its teacher): sees it, is on the receipt; the visit counts once. */
export const CoVisitorSchema = z.object({ staffId: z.string(), userId: z.string(), name: z.string() })
export type CoVisitor = z.infer<typeof CoVisitorSchema>

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
  coVisitors: z.array(CoVisitorSchema).default([]),
  /** A further visit after the required one (not a duplicate): takes no family claim, `required` false. */
  followUp: z.boolean().default(false),
  /** Combined with the household survey (入户调查) of a registered-poor family: shown to the teacher side only. */
  combinedSurvey: z.boolean().default(false),
})
export type Visit = z.infer<typeof VisitSchema>
