// A family's own data (PIPL art. 45–46): a guardian reads, downloads and asks to correct what the school
// holds about their family; the head teacher handles the correction as a task. Merged into `privacy`.
import { z } from 'zod'
import { RelationSchema, SpecialCategorySchema } from '../model/family.schema'
import { CORRECTION_ITEM_KEYS, CORRECTION_STATES } from '../privacy/correction.schema'
import { PARENT, STAFF } from '../roles'
import { ConsentStateSchema } from '../model/family.schema'
import { ArchiveVisitSchema } from './visits-archive.contract'
import { choice, id, text } from './fields'

export const OWN_DATA_AUDIT_ACTION = 'family.read_own'
export const OWN_DATA_EXPORT_AUDIT_ACTION = 'family.export_own'

const CorrectionViewSchema = z.object({
  correctionId: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  applicantName: z.string(),
  item: z.enum(CORRECTION_ITEM_KEYS),
  text: z.string(),
  createdAt: z.string(),
  state: z.enum(CORRECTION_STATES),
  note: z.string().nullable(),
  handledAt: z.string().nullable(),
})

const ChildDataSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  studentNo: z.string(),
  gender: z.enum(['M', 'F']),
  birthMonth: z.string(),
  className: z.string(),
  schoolName: z.string(),
  consent: z.object({ guardian: ConsentStateSchema.nullable(), sensitive: ConsentStateSchema.nullable() }),
  visits: z.array(ArchiveVisitSchema),
})

const FamilyDataSchema = z.object({
  familyId: z.string(),
  children: z.array(ChildDataSchema),
  guardians: z.array(
    z.object({ name: z.string(), relation: RelationSchema, offline: z.boolean(), phone: z.string().nullable(), isMe: z.boolean() }),
  ),
  /** The family's own declaration: shown to its guardians whatever the consent state (it is their data). */
  categories: z.array(SpecialCategorySchema),
  address: z.string().nullable(),
  /** Whether staff may see the categories and address now (a guardian withdrew consent → false). */
  sensitiveSharedWithStaff: z.boolean(),
  answers: z.array(
    z.object({ visitId: z.string(), answeredAt: z.string(), items: z.array(z.object({ question: z.string(), answer: z.string() })) }),
  ),
  opinions: z.array(z.object({ text: z.string(), createdAt: z.string(), state: z.string(), answer: z.string().nullable() })),
})

export const MyDataSchema = z.object({ families: z.array(FamilyDataSchema), corrections: z.array(CorrectionViewSchema) })
export type MyData = z.infer<typeof MyDataSchema>
export type CorrectionView = z.infer<typeof CorrectionViewSchema>

export const ownDataActions = {
  myData: {
    summary: '家长：学校保存的本家庭信息（孩子、监护人、授权、家访记录、问卷、意见、更正申请；每次查看都记录）',
    input: z.object({}).strict(),
    output: MyDataSchema,
    roles: PARENT,
  },
  myDataFile: {
    summary: '家长：把本家庭信息导出为文件（仅本人可下载，一小时后删除）',
    input: z.object({ requestId: id('请求', 120) }).strict(),
    output: z.object({ fileId: z.string(), name: z.string() }),
    roles: PARENT,
    write: true,
  },
  requestCorrection: {
    summary: '家长：申请更正信息（交给孩子的班主任处理）',
    input: z
      .object({
        requestId: id('请求', 120),
        studentId: id('孩子'),
        item: choice(CORRECTION_ITEM_KEYS, '要更正的内容'),
        text: text(300, '哪里不对').min(1, '请写一写哪里不对'),
      })
      .strict(),
    output: CorrectionViewSchema,
    roles: PARENT,
    write: true,
  },
  correctionTasks: {
    summary: '班主任：家长申请更正信息（待处理的在前）',
    input: z.object({}).strict(),
    output: z.object({ tasks: z.array(CorrectionViewSchema) }),
    roles: STAFF,
  },
  handleCorrection: {
    summary: '班主任：把更正申请标为已处理，并写给家长的说明',
    input: z.object({ correctionId: id('更正申请', 140), note: text(300, '处理说明').min(1, '请写一句处理说明') }).strict(),
    output: CorrectionViewSchema,
    roles: STAFF,
    write: true,
  },
} as const
