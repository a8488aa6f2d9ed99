import { z } from 'zod'
import { RelationSchema } from '../model/family.schema'
import { VisitStatusSchema } from '../model/visit.schema'
import { DISTRICT, PARENT, SCHOOL_STAFF, SCHOOL_WIDE } from '../roles'
import { defineFunction } from './contract'
import { id, PageInput } from './fields'

export const ClassSummarySchema = z.object({
  classId: z.string(),
  name: z.string(),
  grade: z.number().int(),
  isHead: z.boolean(),
  subjects: z.array(z.string()),
  studentCount: z.number().int(),
  /** Binding requests waiting for this caller's decision: counted only where the caller is the head teacher. */
  pendingBindings: z.number().int(),
})

/** Whether a family can be reached on WeChat: someone bound, nobody, or only guardians without a smartphone. */
export const WECHAT_REACH = ['bound', 'unbound', 'offline'] as const
export const WECHAT_REACH_LABELS = { bound: '已绑定', unbound: '未绑定', offline: '无智能手机' } as const satisfies Record<
  (typeof WECHAT_REACH)[number],
  string
>

/** The family's visit as a roster row shows it: the caller's own (opens it), or only who else has the family. */
export const RowVisitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine'), visitId: z.string(), status: VisitStatusSchema, startAt: z.string().nullable() }),
  z.object({ kind: z.literal('other'), teacherName: z.string() }),
])
export type RowVisit = z.infer<typeof RowVisitSchema>

export const ClassStudentSchema = z.object({
  studentId: z.string(),
  studentNo: z.string(),
  name: z.string(),
  gender: z.enum(['M', 'F']),
  wechat: z.enum(WECHAT_REACH),
  visit: RowVisitSchema.nullable(),
  /** The caller may start a visit to this family now: they answer for it and nobody has it this period. */
  mayPropose: z.boolean(),
})

export const ChildSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  className: z.string(),
  schoolName: z.string(),
  relation: RelationSchema,
  /** Left the school (a roster import no longer lists them): no new visits; past ones stay readable. */
  left: z.boolean(),
})

export const rosterContract = defineFunction({
  myClasses: {
    summary: '教师：我任教或担任班主任的班级',
    input: z.object({}).strict(),
    output: z.object({ classes: z.array(ClassSummarySchema) }),
    roles: SCHOOL_STAFF,
  },
  classStudents: {
    summary: '教师/学校：某班学生名单（分页）',
    input: PageInput.extend({ classId: id('班级') }).strict(),
    output: z.object({
      classId: z.string(),
      className: z.string(),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      students: z.array(ClassStudentSchema),
    }),
    roles: SCHOOL_STAFF,
  },
  myChildren: {
    summary: '家长：已绑定的孩子',
    input: z.object({}).strict(),
    output: z.object({ children: z.array(ChildSchema) }),
    roles: PARENT,
  },
  schoolOverview: {
    summary: '学校管理员/校领导：全校概况',
    input: z.object({}).strict(),
    output: z.object({
      schoolId: z.string(),
      schoolName: z.string(),
      counts: z.object({
        classes: z.number().int(),
        students: z.number().int(),
        families: z.number().int(),
        guardians: z.number().int(),
        staff: z.number().int(),
      }),
      classes: z.array(
        z.object({
          classId: z.string(),
          name: z.string(),
          grade: z.number().int(),
          studentCount: z.number().int(),
          headTeacherName: z.string().nullable(),
        }),
      ),
    }),
    roles: SCHOOL_WIDE,
  },
  districtOverview: {
    summary: '区教体局：各校概况',
    input: z.object({}).strict(),
    output: z.object({
      districtName: z.string(),
      schools: z.array(z.object({ schoolId: z.string(), name: z.string(), classCount: z.number().int(), studentCount: z.number().int() })),
    }),
    roles: DISTRICT,
  },
})
