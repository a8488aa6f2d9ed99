// Coverage, the teacher's side: the worklist (还需家访).
import { z } from 'zod'
import { WORK_KINDS } from '../coverage/worklist'
import { STAFF } from '../roles'
import { defineFunction } from './contract'

const PeriodInfoSchema = z.object({ id: z.string(), label: z.string(), last: z.string() })

/** One family still to visit. `special` (due every semester) is shown only because the caller owns the family. */
export const WorkRowSchema = z.object({
  kind: z.enum(WORK_KINDS),
  familyId: z.string(),
  /** The child a proposal is made with: the family's youngest in this school. */
  studentId: z.string(),
  children: z.array(z.object({ name: z.string(), className: z.string() })),
  special: z.boolean(),
  /** The last Shanghai date of the period the visit is due in. */
  deadline: z.string(),
  dueSoon: z.boolean(),
  /** No visit in the period before (the semester for a special family, else the school year). */
  missedLast: z.boolean(),
  lastVisit: z.object({ startAt: z.string(), teacherName: z.string() }).nullable(),
  /** A plan follow-up of the caller's (kind 'follow_up'): `deadline` is its date; `id` marks it done (visits.finishFollowUp). */
  followUp: z.object({ id: z.string(), visitId: z.string(), text: z.string(), overdue: z.boolean() }).nullable(),
})
export type WorkRowView = z.infer<typeof WorkRowSchema>

export const WorklistSchema = z.object({
  periods: z.object({ semester: PeriodInfoSchema, year: PeriodInfoSchema }),
  rows: z.array(WorkRowSchema),
  /** Due families the caller owns with a visit proposed or agreed in the period, and with it done. */
  inProgress: z.number().int(),
  done: z.number().int(),
})

export const coverageTeacherContract = defineFunction({
  worklist: {
    summary: '教师：到期的跟进（7天内或已过），和我负责的、本学期/本学年还需家访的家庭（特殊家庭在前）',
    input: z.object({}).strict(),
    output: WorklistSchema,
    roles: STAFF,
  },
})
