// A guardian's request to correct what the school holds (PIPL art. 46): it goes to the class's head
// teacher as a task; the head teacher marks it handled with a note the guardian reads.
import { z } from 'zod'
import { defineCollection } from '../collection'
import { DocBase } from '../model/base.schema'
import { err, ok, type Result } from '../result'
import { toIso } from '../time'

/** Which part of "我的信息" is wrong; the same words on the form, the task and the download. */
export const CORRECTION_ITEMS = {
  student: '孩子的信息（姓名、班级等）',
  guardians: '监护人信息（姓名、关系）',
  contact: '联系电话',
  address: '家庭住址',
  categories: '家庭情况类别',
  visits: '家访记录',
  other: '其他',
} as const
export type CorrectionItem = keyof typeof CORRECTION_ITEMS
export const CORRECTION_ITEM_KEYS = Object.keys(CORRECTION_ITEMS) as [CorrectionItem, ...CorrectionItem[]]

export const CORRECTION_STATES = ['open', 'handled'] as const
export const CORRECTION_STATE_LABELS = { open: '等待班主任处理', handled: '已处理' } as const

export const CorrectionSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  studentId: z.string(),
  classId: z.string(),
  /** The guardian's account that asked. */
  userId: z.string(),
  applicantName: z.string(),
  studentName: z.string(),
  /** The class's head teacher (staff id) when asked: only they see and handle it. */
  ownerId: z.string(),
  item: z.enum(CORRECTION_ITEM_KEYS),
  text: z.string(),
  createdAt: z.string(),
  state: z.enum(CORRECTION_STATES),
  handled: z.object({ note: z.string(), at: z.string(), by: z.string() }).nullable(),
})
export type Correction = z.infer<typeof CorrectionSchema>

/** Derived from the client's request id: a retried request stores one correction. */
export const correctionId = (requestId: string) => `cor-${requestId}`

/** The patch "已处理" makes, or why not; the same note again is a retry, not an error. */
export function handleCorrection(c: Correction, staffId: string, note: string, now: Date): Result<Partial<Correction> | null> {
  if (c.ownerId !== staffId) return err('DATA.NOT_FOUND', '更正申请不存在或已被删除')
  if (c.handled) return c.handled.note === note ? ok(null) : err('DATA.CONFLICT', '这条申请已经处理过了')
  return ok({ state: 'handled', handled: { note, at: toIso(now), by: staffId } })
}

export const CORRECTION_COLLECTIONS = [
  // The parent's words may touch the family's situation: sealed like the family's categories.
  defineCollection('corrections', CorrectionSchema, {
    sealed: { text: {}, handled: {} },
    indexes: [
      { fields: ['userId', 'createdAt'] },
      { fields: ['ownerId', 'state', 'createdAt'] },
      { fields: ['state', 'createdAt'] },
      { fields: ['studentId'] },
    ],
    queries: [
      // Retention: handled requests past their period; a leaver's requests.
      { where: { state: 'eq', createdAt: 'range' } },
      { where: { studentId: 'eq' } },
      { where: { userId: 'eq' }, orderBy: ['createdAt desc'] },
      { where: { ownerId: 'eq', state: 'eq' }, orderBy: ['createdAt desc'] },
    ],
  }),
] as const
