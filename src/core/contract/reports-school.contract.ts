// Dashboards: a school's figures by grade, class, teacher, format and category; the teacher sheet; tap-through lists.
import { z } from 'zod'
import { LEADER } from '../roles'
import { defineFunction } from './contract'
import { KeyedFigureSchema, PeriodSchema } from './coverage-leader.contract'
import { whole } from './fields'

const RowSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Where a tap leads: `grade:3` / `class:<id>` for coverage.families; null when there is no list. */
  scope: z.string().nullable(),
  required: z.number().int(),
  held: z.number().int(),
  completed: z.number().int(),
  confirmed: z.number().int(),
  recordsOverdue: z.number().int(),
  coverageText: z.string(),
  completedText: z.string(),
  coverageRate: z.number().nullable(),
  completedRate: z.number().nullable(),
})
export type DashboardRowView = z.infer<typeof RowSchema>

export const SchoolDashboardSchema = z.object({
  schoolName: z.string(),
  semester: PeriodSchema,
  year: PeriodSchema,
  headline: z.object({
    figures: z.array(KeyedFigureSchema),
    required: z.number().int(),
    completed: z.number().int(),
    confirmed: z.number().int(),
    specialRequired: z.number().int(),
    specialVisited: z.number().int(),
    recordsOverdue: z.number().int(),
    disputesOpen: z.number().int(),
    ticketsOpen: z.number().int(),
    leadershipVisits: z.number().int(),
  }),
  grades: z.array(RowSchema),
  classes: z.array(RowSchema.extend({ grade: z.number().int() })),
  /** The busiest hundred teachers, most held first; `teachersTotal` says how many visited at all. */
  teachers: z.array(RowSchema),
  teachersTotal: z.number().int(),
  /** Completed and confirmed (cumulative) per week of the semester; null for weeks still to come. */
  trend: z.object({
    required: z.number().int(),
    deadline: z.string(),
    rows: z.array(z.object({ label: z.string(), completed: z.number().int().nullable(), confirmed: z.number().int().nullable() })),
  }),
  /** Held visits (this school year) by the way actually held; `share` of all held, null when none. */
  formats: z.array(z.object({ key: z.string(), label: z.string(), held: z.number().int(), share: z.number().nullable() })),
  /**
   * Special families due this semester per category, and how many were visited (held); a family in two
   * categories counts in both. Absent for callers who may not see categories (middle managers).
   */
  categories: z
    .array(
      z.object({
        key: z.string(),
        label: z.string(),
        required: z.number().int(),
        visited: z.number().int(),
        notVisited: z.number().int(),
        rate: z.number().nullable(),
      }),
    )
    .optional(),
})
export type SchoolDashboard = z.infer<typeof SchoolDashboardSchema>

export const TEACHER_SHEET_PAGE = 50
const SheetRowSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  /** Families whose visit this teacher owns this school year. */
  required: z.number().int(),
  held: z.number().int(),
  completed: z.number().int(),
  confirmed: z.number().int(),
  recordsOverdue: z.number().int(),
  satisfaction: KeyedFigureSchema,
})
export type TeacherSheetRow = z.infer<typeof SheetRowSchema>

// School leaders only (as the plan board): the administrator keeps the roster, not the visit work.
export const schoolActions = defineFunction({
  schoolDashboard: {
    summary: '学校领导：学校家访看板（到位率、完成率、满意率，按年级、班级、教师、形式；校长和校领导另见特殊家庭按类别）',
    input: z.object({}).strict(),
    output: SchoolDashboardSchema,
    roles: LEADER,
  },
  teacherSheet: {
    summary: '学校领导：教师家访情况（应访、已家访、已完成、已确认、满意率、记录超期）',
    input: z.object({ page: whole('页码', 0, 1000).default(0) }).strict(),
    output: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), rows: z.array(SheetRowSchema) }),
    roles: LEADER,
  },
})
