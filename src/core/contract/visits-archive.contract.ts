// A student's visit archive: every visit of the family that includes the student, newest first, with what
// the caller may see of each record (all / the strengths and strategies / the part shared with parents).
import { z } from 'zod'
import { VisitFormatSchema, VisitStatusSchema } from '../model/visit.schema'
import { PARENT, STAFF } from '../roles'
import { RecordSchema } from '../visit/record.rules'
import { FallbackSchema } from '../video/video.schema'
import { id } from './fields'
import { SharedRecordSchema } from './visits-record.contract'

/** full: head teacher, visitors, leaders; teaching: subject teachers and mentors; parent: a bound guardian. */
export const ArchiveLevelSchema = z.enum(['full', 'teaching', 'parent'])
export type ArchiveLevel = z.infer<typeof ArchiveLevelSchema>

export const ARCHIVE_LIMIT = 50
export const ARCHIVE_AUDIT_ACTION = 'visit.read_archive'
export const ARCHIVE_EXPORT_AUDIT_ACTION = 'visit.export_archive'

export const ArchiveVisitSchema = z.object({
  visitId: z.string(),
  startAt: z.string().nullable(),
  format: VisitFormatSchema.nullable(),
  /** A video visit held by Tencent Meeting or phone instead: the way actually used. */
  heldVia: FallbackSchema.nullable().optional(),
  status: VisitStatusSchema,
  visitorName: z.string(),
  coVisitorNames: z.array(z.string()),
  submitted: z.boolean(),
  /** The whole record: level full only. */
  record: RecordSchema.nullable(),
  /** Strengths and strategies for every level; the summary for full and parent (null for teaching). */
  shared: SharedRecordSchema.extend({ summary: z.string().nullable() }).nullable(),
  /** The plan's follow-ups: level full only. */
  followUps: z.array(
    z.object({
      dueDate: z.string(),
      text: z.string(),
      done: z.boolean(),
      /** Closed without being done, and why (学生已离校); null when open or done. */
      closed: z.string().nullable(),
    }),
  ),
})
export type ArchiveVisit = z.infer<typeof ArchiveVisitSchema>

export const ArchiveSchema = z.object({
  studentId: z.string(),
  studentName: z.string(),
  className: z.string(),
  level: ArchiveLevelSchema,
  visits: z.array(ArchiveVisitSchema),
})
export type Archive = z.infer<typeof ArchiveSchema>

export const ArchiveInput = z.object({ studentId: id('学生') }).strict()

export const archiveActions = {
  archive: {
    summary: '学生的家访档案：班主任、家访老师和学校领导看全部；任课老师看闪光点和共育策略；家长看老师分享的部分（教职工每次查看都记录）',
    input: ArchiveInput,
    output: ArchiveSchema,
    roles: [...STAFF, ...PARENT],
  },
} as const
