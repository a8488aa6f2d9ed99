// Coverage, the leaders' and the district's side: the plan board, ownership, the calendar.
import { z } from 'zod'
import { CalendarSchema } from '../coverage/calendar'
import { BOARD_MEASURES } from '../coverage/board'
import { DISTRICT, LEADER, LEADERSHIP } from '../roles'
import { defineFunction } from './contract'
import { ShownFigureSchema } from './surveys-answer.contract'
import { TicketAgeSchema } from './surveys-tickets.contract'
import { choice, id, whole } from './fields'

const TallySchema = z.object({
  required: z.number().int(),
  proposed: z.number().int(),
  scheduled: z.number().int(),
  held: z.number().int(),
  completed: z.number().int(),
  confirmed: z.number().int(),
  unclaimed: z.number().int(),
  specialRequired: z.number().int(),
  specialNotVisited: z.number().int(),
  recordsOverdue: z.number().int(),
})
/** A figure as figures.ts shows it to this viewer, with the key the page lists it by. */
export const KeyedFigureSchema = ShownFigureSchema.extend({ key: z.string() })
export const PeriodSchema = z.object({ id: z.string(), label: z.string(), first: z.string(), last: z.string() })
const ClaimViewSchema = z.object({ state: z.string(), teacherName: z.string(), startAt: z.string().nullable() })

export const BoardSchema = z.object({
  schoolName: z.string(),
  semester: PeriodSchema,
  year: PeriodSchema,
  school: TallySchema,
  grades: z.array(
    z.object({
      grade: z.number().int(),
      label: z.string(),
      tally: TallySchema,
      classes: z.array(z.object({ classId: z.string(), name: z.string(), tally: TallySchema })),
    }),
  ),
  /** The leadership team's own visits this school year (policy §四(一): 带头家访). */
  leadership: z.array(
    z.object({
      staffId: z.string(),
      name: z.string(),
      role: z.string(),
      /** All of them; `visits` lists the first few. */
      total: z.number().int(),
      visits: z.array(ClaimViewSchema.extend({ familyId: z.string(), children: z.string() })),
    }),
  ),
  canAssign: z.boolean(),
  /** 到位率 and 已完成未确认 (families), 满意率 (answers), as figures.ts shows them to this viewer. */
  figures: z.array(KeyedFigureSchema),
  disputesOpen: z.number().int(),
  /** Parents' opinions not yet answered, class and school alike (issue 13). */
  tickets: TicketAgeSchema,
})
export type Board = z.infer<typeof BoardSchema>

/** `school`, `grade:3` or `class:<id>`. */
const ScopeSchema = z
  .string({ error: () => '请选择范围' })
  .regex(/^(school|grade:\d{1,2}|class:[A-Za-z0-9_.:-]{1,64}|category:[a-z_]{1,32})$/, '范围不正确，请返回家访进度重新选择')
const MeasureSchema = choice(BOARD_MEASURES, '要查看的数字')

export const FamilyRowSchema = z.object({
  familyId: z.string(),
  children: z.array(z.object({ name: z.string(), className: z.string() })),
  /** Due every semester: only the fact, never which category. */
  everySemester: z.boolean(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerWhy: z.string().nullable(),
  claim: ClaimViewSchema.nullable(),
})
export type FamilyRow = z.infer<typeof FamilyRowSchema>
const StaffChoiceSchema = z.object({ staffId: z.string(), name: z.string(), role: z.string() })
export type StaffChoice = z.infer<typeof StaffChoiceSchema>

const MoveViewSchema = z.object({
  familyId: z.string(),
  children: z.string(),
  className: z.string(),
  from: z.string().nullable(),
  fromName: z.string().nullable(),
  to: z.string(),
  toName: z.string(),
})
export type MoveView = z.infer<typeof MoveViewSchema>
export const MAX_MOVES = 2000

const CalendarViewSchema = z.object({
  districtName: z.string(),
  calendar: z.object({ yearStart: z.string(), springStart: z.string() }),
  editable: z.boolean(),
})

export const coverageLeaderContract = defineFunction({
  board: {
    summary: '学校领导：各年级、各班的家访进度（应访、已约定、已家访、未安排、特殊家庭未访）',
    input: z.object({}).strict(),
    output: BoardSchema,
    roles: LEADER,
  },
  families: {
    summary: '学校领导：某个数字背后的家庭名单（分页；某一类特殊家庭的名单仅校长和校领导可看，并记入查阅记录）',
    input: z.object({ scope: ScopeSchema, measure: MeasureSchema, page: whole('页码', 0, 10_000).default(0) }).strict(),
    output: z.object({
      scopeLabel: z.string(),
      measureLabel: z.string(),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      rows: z.array(FamilyRowSchema),
      /** Whom a family may be reassigned to; empty for whoever may not reassign. */
      staff: z.array(StaffChoiceSchema),
    }),
    roles: LEADER,
  },
  reassign: {
    summary: '校长/校领导：把一个家庭本学年的家访改派给另一位老师',
    input: z.object({ familyId: id('家庭'), staffId: id('老师') }).strict(),
    output: z.object({ ownerName: z.string(), message: z.string() }),
    roles: LEADERSHIP,
    write: true,
  },
  suggestAssignment: {
    summary: '校长/校领导：生成自动分配建议（每户都有负责人，领导班子各带一份，负担均衡）',
    input: z.object({ leaderShare: whole('每位领导负责的户数', 1, 50).optional() }).strict(),
    output: z.object({ moves: z.array(MoveViewSchema), basis: z.string(), families: z.number().int() }),
    roles: LEADERSHIP,
  },
  applyAssignment: {
    summary: '校长/校领导：确认并一次应用分配建议',
    input: z
      .object({
        moves: z
          .array(z.object({ familyId: id('家庭'), to: id('老师') }).strict(), { error: () => '请先生成分配建议' })
          .min(1, '没有需要调整的家庭')
          .max(MAX_MOVES, `一次最多调整${MAX_MOVES}户`),
        basis: z.string({ error: () => '请先生成分配建议' }).regex(/^[0-9a-f]{64}$/, '分配建议不完整，请重新生成'),
      })
      .strict(),
    output: z.object({ applied: z.number().int() }),
    roles: LEADERSHIP,
    write: true,
  },
  calendar: {
    summary: '学年与学期的起始日期（本区）',
    input: z.object({}).strict(),
    output: CalendarViewSchema,
    // Staff of a school in the district, or the district itself (checked by the route).
    roles: 'signed-in',
  },
  setCalendar: {
    summary: '区教体局：设置学年和春季学期的起始日期，已约定的家访按新日期重新归档',
    input: CalendarSchema,
    output: z.object({ refiled: z.number().int(), kept: z.number().int() }),
    roles: DISTRICT,
    write: true,
  },
})
