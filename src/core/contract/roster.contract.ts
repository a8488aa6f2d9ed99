import { z } from 'zod'
import { RelationSchema } from '../model/family.schema'
import { defineFunction } from './contract'
import { id, PageInput } from './fields'

const TEACHER = ['head_teacher', 'subject_teacher', 'mentor'] as const
const SCHOOL_VIEW = ['principal', 'leader', 'middle_manager', 'school_admin'] as const

export const ClassSummarySchema = z.object({
  classId: z.string(),
  name: z.string(),
  grade: z.number().int(),
  isHead: z.boolean(),
  subjects: z.array(z.string()),
  studentCount: z.number().int(),
})

export const StudentRowSchema = z.object({
  studentId: z.string(),
  studentNo: z.string(),
  name: z.string(),
  gender: z.enum(['M', 'F']),
})

export const ChildSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  className: z.string(),
  schoolName: z.string(),
  relation: RelationSchema,
})

export const rosterContract = defineFunction({
  myClasses: {
    summary: '教师：我任教或担任班主任的班级',
    input: z.object({}).strict(),
    output: z.object({ classes: z.array(ClassSummarySchema) }),
    roles: [...TEACHER, ...SCHOOL_VIEW],
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
      students: z.array(StudentRowSchema),
    }),
    roles: [...TEACHER, ...SCHOOL_VIEW],
  },
  myChildren: {
    summary: '家长：已绑定的孩子',
    input: z.object({}).strict(),
    output: z.object({ children: z.array(ChildSchema) }),
    roles: ['parent'],
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
    roles: SCHOOL_VIEW,
  },
  districtOverview: {
    summary: '区教体局：各校概况',
    input: z.object({}).strict(),
    output: z.object({
      districtName: z.string(),
      schools: z.array(z.object({ schoolId: z.string(), name: z.string(), classCount: z.number().int(), studentCount: z.number().int() })),
    }),
    roles: ['district'],
  },
})
