import { z } from 'zod'
import { IMPORT_JOB_STATES } from '../model/import-job.schema'
import { ADMIN, STAFF } from '../roles'
import { defineFunction } from './contract'
import { id, name, PageInput } from './fields'
import { ArchiveInput } from './visits-archive.contract'

const CountsSchema = z.object({ add: z.number().int(), update: z.number().int(), unchanged: z.number().int() })

export const ImportSummarySchema = z.object({
  classes: CountsSchema,
  students: CountsSchema,
  guardians: CountsSchema,
  families: CountsSchema,
  staff: CountsSchema,
})

export const ImportErrorSchema = z.object({ sheet: z.string(), row: z.number().int(), message: z.string() })

/** At most this many errors are listed; errorCount says how many there are. */
export const MAX_LISTED_ERRORS = 500

const FileInput = z
  .object({
    fileId: id('上传的文件'),
    /** Optional: when given it must be the caller's own school. */
    schoolId: id('学校').optional(),
  })
  .strict()

/** A staged import: batches written out of all (the last one is the switch that makes it visible). */
export const ImportJobProgressSchema = z.object({
  state: z.enum(IMPORT_JOB_STATES),
  done: z.number().int(),
  total: z.number().int(),
  fileName: z.string(),
  error: z.string().nullable(),
})

export const ImportHistoryRowSchema = z.object({
  at: z.string(),
  actorName: z.string(),
  /** "“名单.xlsx”：学生新增 3 人、更新 1 人". */
  text: z.string(),
})

export const importsContract = defineFunction({
  registerUpload: {
    summary: '学校管理员（微信）：登记刚上传到云存储的表格，换取文件编号',
    input: z
      .object({
        cloudFileId: z
          .string({ error: () => '请先上传表格' })
          .max(500, '文件地址不正确，请重新上传')
          .regex(/^cloud:\/\/[^/]+\/uploads\/[A-Za-z0-9_-]+\/[^/]+$/, '文件地址不正确，请重新上传'),
        name: name(100, '文件名'),
      })
      .strict(),
    output: z.object({ fileId: z.string() }),
    roles: ADMIN,
    write: true,
  },
  template: {
    summary: '学校管理员：下载花名册导入模板（学生、教职工、说明三个工作表）',
    input: z.object({}).strict(),
    output: z.object({ fileId: z.string(), name: z.string(), url: z.string() }),
    roles: ADMIN,
  },
  preview: {
    summary: '学校管理员：预览导入（逐行列出错误，统计将新增、更新、不变的数量；不写入）',
    input: FileInput,
    output: z.object({
      fileName: z.string(),
      summary: ImportSummarySchema,
      /** Students of the school that the file does not list: they are kept, not deleted. */
      missingFromFile: z.number().int(),
      errorCount: z.number().int(),
      errors: z.array(ImportErrorSchema).max(MAX_LISTED_ERRORS),
    }),
    roles: ADMIN,
  },
  apply: {
    summary: '学校管理员：导入（全部成功或全部不导入；有错误时不导入；大的名单分批写入，全部写完才生效）',
    input: FileInput,
    output: z.object({
      fileName: z.string(),
      summary: ImportSummarySchema,
      missingFromFile: z.number().int(),
      /** Only for an import too big for one transaction: where its job stands (it may still be running). */
      job: ImportJobProgressSchema.optional(),
    }),
    roles: ADMIN,
    write: true,
  },
  progress: {
    summary: '学校管理员：本校正在进行的分批导入进度（没有则为空）',
    input: z.object({}).strict(),
    output: z.object({ job: ImportJobProgressSchema.nullable() }),
    roles: ADMIN,
  },
  resume: {
    summary: '学校管理员：继续本校中断的分批导入（从停下的那一批接着写）',
    input: z.object({}).strict(),
    output: z.object({ job: ImportJobProgressSchema.nullable() }),
    roles: ADMIN,
    write: true,
  },
  history: {
    summary: '学校管理员：本校的名单导入记录（最新在前）',
    input: PageInput,
    output: z.object({ total: z.number().int(), rows: z.array(ImportHistoryRowSchema) }),
    roles: ADMIN,
  },
  // Here because only this function bundles the spreadsheet library.
  archiveXlsx: {
    summary: '班主任、家访老师、任课老师和学校领导：把学生的家访档案导出为Excel（按各自能看的部分；每次导出都记录）',
    input: ArchiveInput,
    output: z.object({ fileId: z.string(), name: z.string() }),
    roles: STAFF,
  },
})
