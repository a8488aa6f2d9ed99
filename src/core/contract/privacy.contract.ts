import { z } from 'zod'
import { RelationSchema, SpecialCategorySchema } from '../model/family.schema'
import { ADMIN, DISTRICT, SCHOOL_STAFF } from '../roles'
import { defineFunction } from './contract'
import { choice, id, PageInput } from './fields'
import { OWN_DATA_AUDIT_ACTION, OWN_DATA_EXPORT_AUDIT_ACTION, ownDataActions } from './privacy-own-data.contract'

export const READ_REASONS = { visit_prep: '家访准备', contact: '联系家长', care: '关爱帮扶', review: '核对档案' } as const
const ReasonSchema = choice(Object.keys(READ_REASONS) as [keyof typeof READ_REASONS, ...Array<keyof typeof READ_REASONS>], '查看原因')

/** The audit entry of a roster import: listed in the import history, not among the reads. */
export const IMPORT_AUDIT_ACTION = 'roster.import'

/** A leader's list of one special category's families (it says which family has which category). */
export const CATEGORY_LIST_AUDIT_ACTION = 'coverage.category_families'

/** Words for the audit log's action codes, for the people who read it. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'family.read_sensitive': '查看家庭信息（含敏感信息）',
  'family.read': '查看家庭信息（敏感信息已遮挡）',
  'guardian.register_offline': '登记无智能手机的监护人',
  [IMPORT_AUDIT_ACTION]: '导入名单',
  'staff.revoke': '停用教职工账号',
  'visit.read_archive': '查看学生的家访档案',
  [CATEGORY_LIST_AUDIT_ACTION]: '查看某一类特殊家庭的名单',
  'visit.export_archive': '导出学生的家访档案',
  'consent.withdraw_guardian': '家长撤回监护人同意',
  'consent.withdraw_sensitive': '家长撤回敏感信息同意',
  [OWN_DATA_AUDIT_ACTION]: '家长查看本家庭信息',
  [OWN_DATA_EXPORT_AUDIT_ACTION]: '家长下载本家庭信息',
}

export const FamilyProfileSchema = z.object({
  studentId: z.string(),
  studentName: z.string(),
  className: z.string(),
  siblings: z.array(z.object({ studentId: z.string(), name: z.string(), className: z.string() })),
  guardians: z.array(
    z.object({
      name: z.string(),
      relation: RelationSchema,
      offline: z.boolean(),
      onWeChat: z.boolean(),
      phone: z.string().nullable(),
      phoneMasked: z.boolean(),
    }),
  ),
  /** null = this caller may not see categories (or a guardian withdrew consent). */
  categories: z.array(SpecialCategorySchema).nullable(),
  address: z.string().nullable(),
  sensitiveHidden: z.enum(['visible', 'not_allowed', 'consent_withdrawn']),
})

export const AuditRowSchema = z.object({
  at: z.string(),
  schoolName: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  /** `type:id`, for machines; people read `subject`. */
  target: z.string(),
  /** Whose record, in words: "三年级2班 梁** 的家庭" (students' names masked), "教职工 王小明". */
  subject: z.string(),
  reason: z.string(),
})

export const privacyContract = defineFunction({
  familyProfile: {
    summary: '教职工：学生家庭信息（敏感信息按角色显示，每次查看都记录）',
    input: z.object({ studentId: id('学生'), reason: ReasonSchema }).strict(),
    output: FamilyProfileSchema,
    roles: SCHOOL_STAFF,
  },
  auditLog: {
    summary: '学校管理员/区教体局：家庭信息查看等记录（只读，名单导入另见 imports.history）',
    input: PageInput,
    output: z.object({ total: z.number().int(), rows: z.array(AuditRowSchema) }),
    roles: [...ADMIN, ...DISTRICT],
  },
  ...ownDataActions,
})
