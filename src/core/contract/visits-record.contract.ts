// The visit record: submit, amend (7 days, every version kept), server-side drafts with compare-and-set,
// and the author's follow-ups and overdue records for the teacher home.
import { z } from 'zod'
import { DOMAINS } from '../visit/prep.rules'
import { DraftSchema, RecordSchema } from '../visit/record.rules'
import { STAFF } from '../roles'
import { id, version } from './fields'

const visitId = id('家访')

/** The part a parent sees once the record is submitted. */
export const SharedRecordSchema = z.object({
  summary: z.string(),
  strengths: z.array(z.object({ domain: z.enum(DOMAINS), text: z.string() })),
  strategies: z.array(z.string()),
})

export const RecordViewSchema = z.object({
  visitId: z.string(),
  /** author: the visit's teacher; staff: a co-visitor or a leader (reads only); parent: the shared part only. */
  role: z.enum(['author', 'staff', 'parent']),
  submitted: z.boolean(),
  version: z.number().int(),
  authorName: z.string(),
  firstSubmittedAt: z.string().nullable(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
  /** The author, within 7 days of the first submission. */
  amendUntil: z.string().nullable(),
  canAmend: z.boolean(),
  /** The author and the school's leaders may open the earlier versions (visits.recordVersions). */
  canSeeVersions: z.boolean(),
  /** Staff only; null for parents. */
  record: RecordSchema.nullable(),
  shared: SharedRecordSchema.nullable(),
})
export type RecordView = z.infer<typeof RecordViewSchema>

const DraftViewSchema = z.object({ visitId: z.string(), version: z.number().int(), draft: DraftSchema, updatedAt: z.string().nullable() })
export type DraftView = z.infer<typeof DraftViewSchema>

const FollowUpViewSchema = z.object({ id: z.string(), visitId: z.string(), dueDate: z.string(), text: z.string() })
const OverdueSchema = z.object({
  visitId: z.string(),
  studentNames: z.array(z.string()),
  startAt: z.string(),
  dueBy: z.string(),
  overdue: z.boolean(),
})

export const recordActions = {
  getRecord: {
    summary: '家访记录：本次家访的老师和共同家访人、学校领导看完整记录；家长只看老师分享的部分',
    input: z.object({ visitId }).strict(),
    output: RecordViewSchema,
    roles: [...STAFF, 'parent'] as const,
  },
  submitRecord: {
    summary: '教师：提交家访记录（家访开始后，准备完成后），家访和本学期家访计入“已完成”',
    input: z.object({ visitId, record: RecordSchema }).strict(),
    output: RecordViewSchema,
    roles: STAFF,
    write: true,
  },
  amendRecord: {
    summary: '教师：提交后7天内修改自己的家访记录，每一版都保留',
    input: z.object({ visitId, version: version(), record: RecordSchema }).strict(),
    output: RecordViewSchema,
    roles: STAFF,
    write: true,
  },
  recordVersions: {
    summary: '家访记录的每一版（记录人和学校领导）',
    input: z.object({ visitId }).strict(),
    /** byName: who saved that version (the visit's teacher at the time). */
    output: z.object({ versions: z.array(z.object({ n: z.number().int(), at: z.string(), byName: z.string(), record: RecordSchema })) }),
    roles: STAFF,
  },
  saveDraft: {
    summary: '教师：保存家访记录草稿（多台设备同时编辑时提示冲突，不丢内容）',
    input: z.object({ visitId, version: version().optional(), draft: DraftSchema }).strict(),
    output: DraftViewSchema,
    roles: STAFF,
    write: true,
  },
  getDraft: {
    summary: '教师：读取家访记录草稿',
    input: z.object({ visitId }).strict(),
    output: DraftViewSchema,
    roles: STAFF,
  },
  myFollowUps: {
    summary: '教师：共育方案中8–30天后到期、还没完成的跟进（更近的和已过期的在还需家访里）',
    input: z.object({}).strict(),
    output: z.object({ followUps: z.array(FollowUpViewSchema) }),
    roles: STAFF,
  },
  finishFollowUp: {
    summary: '教师：把共育方案里的一条跟进标记为已完成',
    input: z.object({ id: id('跟进') }).strict(),
    output: z.object({ id: z.string(), done: z.literal(true) }),
    roles: STAFF,
    write: true,
  },
  myOverdueRecords: {
    summary: '教师：已经家访、还没填写记录且快到期或已过期的家访',
    input: z.object({}).strict(),
    output: z.object({ visits: z.array(OverdueSchema), total: z.number().int() }),
    roles: STAFF,
  },
} as const
