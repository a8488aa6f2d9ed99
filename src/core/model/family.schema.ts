import { z } from 'zod'
import { DocBase } from './base.schema'

/** Policy §四(二): families visited at least once per semester. */
export const SPECIAL_CATEGORIES = [
  'divorced',
  'single_parent',
  'migrant_worker',
  'left_behind',
  'rural_poor',
  'min_allowance',
  'extreme_poverty',
  'disabled',
] as const
export const SpecialCategorySchema = z.enum(SPECIAL_CATEGORIES)
export type SpecialCategory = z.infer<typeof SpecialCategorySchema>
export const SPECIAL_CATEGORY_LABELS: Record<SpecialCategory, string> = {
  divorced: '离异家庭',
  single_parent: '单亲家庭',
  migrant_worker: '外来务工人员子女',
  left_behind: '留守儿童',
  rural_poor: '农村建档立卡贫困',
  min_allowance: '城乡低保',
  extreme_poverty: '特困供养',
  disabled: '残疾学生',
}

export const RELATIONS = [
  'father',
  'mother',
  'grandfather',
  'grandmother',
  'maternal_grandfather',
  'maternal_grandmother',
  'other',
] as const
export const RelationSchema = z.enum(RELATIONS)
export type Relation = z.infer<typeof RelationSchema>
export const RELATION_LABELS: Record<Relation, string> = {
  father: '父亲',
  mother: '母亲',
  grandfather: '爷爷',
  grandmother: '奶奶',
  maternal_grandfather: '外公',
  maternal_grandmother: '外婆',
  other: '其他监护人',
}

/** A leader's choice of who visits a family in one school year. */
export const AssignmentSchema = z.object({ staffId: z.string(), yearId: z.string(), by: z.string(), at: z.string() })

/**
 * A family and what coverage needs to know about it, recomputed from the roster whenever it changes
 * (core/coverage/rules.ts): counted per class and owner by the database, never by loading every family.
 * `special` says only that some category applies (the categories stay sealed in family_sensitive).
 */
export const FamilySchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string().nullable().default(null),
  grade: z.number().int().nullable().default(null),
  special: z.boolean().default(false),
  active: z.boolean().default(false),
  ownerId: z.string().nullable().default(null),
  ownerWhy: z.enum(['assigned', 'mentor', 'difficulty_teacher', 'head_teacher']).nullable().default(null),
  assignment: AssignmentSchema.nullable().default(null),
})
export type Family = z.infer<typeof FamilySchema>

/** A new family: its coverage facts are filled in from the roster by the coverage refresh. */
export const blankFamily = (_id: string, schoolId: string): Omit<Family, '_v'> => ({
  _id,
  schoolId,
  classId: null,
  grade: null,
  special: false,
  active: false,
  ownerId: null,
  ownerWhy: null,
  assignment: null,
})

/** Sensitive family data, kept apart: readable only by those who need it, every read audited. */
export const FamilySensitiveSchema = DocBase.extend({
  schoolId: z.string(),
  categories: z.array(SpecialCategorySchema),
  address: z.string().nullable(),
  /** Guardians who withdrew consent for sensitive information: while any remain, staff see none of it. */
  withdrawnBy: z.array(z.string()),
})
export type FamilySensitive = z.infer<typeof FamilySensitiveSchema>

export const StudentSchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string(),
  familyId: z.string(),
  studentNo: z.string(),
  name: z.string(),
  gender: z.enum(['M', 'F']),
  birthMonth: z.string().regex(/^\d{4}-\d{2}$/),
  mentorIds: z.array(z.string()),
  difficultySubjects: z.array(z.string()),
  /** When a roster import first left the student out (they left the school); null while listed. */
  leftAt: z.string().nullable().default(null),
})
export type Student = z.infer<typeof StudentSchema>

/**
 * The roster now: a leaver stays on file until erased (past visits, records) but is not listed,
 * counted or newly bound. Stored as an explicit null (migration 3), so both databases match it.
 */
export const ON_ROLL = { leftAt: null } as const
export const isOnRoll = (s: Pick<Student, 'leftAt'>) => !s.leftAt

/** After a leaver's name where history still names them (a parent's card, a dispute about a past visit). */
export const LEFT_MARK = '（已离校）'
export const markedName = (s: Pick<Student, 'name' | 'leftAt'>) => (isOnRoll(s) ? s.name : `${s.name}${LEFT_MARK}`)

export const GuardianSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  name: z.string(),
  relation: RelationSchema,
  offline: z.boolean(),
  userId: z.string().nullable(),
})
export type Guardian = z.infer<typeof GuardianSchema>

export const ConsentStateSchema = z.object({ given: z.boolean(), noticeVersion: z.string(), at: z.string() })
export type ConsentState = z.infer<typeof ConsentStateSchema>

export const BindingSchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string(),
  userId: z.string(),
  studentId: z.string(),
  guardianId: z.string().nullable(),
  relation: RelationSchema,
  status: z.enum(['pending', 'approved', 'rejected', 'revoked']),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  /** What the applicant called themselves; the head teacher sees it when approving. */
  applicantName: z.string(),
  consent: z.object({ guardian: ConsentStateSchema.nullable(), sensitive: ConsentStateSchema.nullable() }),
})
export type Binding = z.infer<typeof BindingSchema>

/** A request a roster import ended because the child left: refused, with no one deciding. */
export const isEndedByRoster = (b: Pick<Binding, 'status' | 'decidedBy'>) => b.status === 'rejected' && b.decidedBy === null
/** What its applicant is told (inbox and home), in words that name no one. */
export const BINDING_ENDED = {
  title: '绑定申请已结束',
  body: '您提交的绑定申请已结束：该学生已不在本校名册中。如有疑问，请联系班主任。',
} as const
