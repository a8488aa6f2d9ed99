// Reports: the school's report to the bureau (xlsx, submitted in the app), the district dashboard and summary.
import { z } from 'zod'
import { DISTRICT, LEADER, REPORTERS } from '../roles'
import { REPORT_KINDS } from '../reports/report.collections'
import { defineFunction } from './contract'
import { choice, id } from './fields'

const JobViewSchema = z.object({
  jobId: z.string(),
  kind: z.enum(REPORT_KINDS),
  state: z.enum(['running', 'done', 'failed']),
  /** 0–100. */
  progress: z.number().int(),
  name: z.string().nullable(),
  /** A school report's total row once gathered (for the principal to review). */
  figures: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
})
export type JobView = z.infer<typeof JobViewSchema>
const FileLinkSchema = z.object({ url: z.string(), name: z.string() })

const SubmissionViewSchema = z.object({
  submissionId: z.string(),
  schoolName: z.string(),
  version: z.number().int(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  figures: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type SubmissionView = z.infer<typeof SubmissionViewSchema>

const SchoolRowSchema = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  required: z.number().int(),
  completed: z.number().int(),
  confirmed: z.number().int(),
  completedRate: z.string(),
  coverage: z.string(),
  satisfaction: z.string(),
  disputesOpen: z.number().int(),
  recordsOverdue: z.number().int(),
  specialRequired: z.number().int(),
  specialNotVisited: z.number().int(),
  specialCoverage: z.string(),
  outliers: z.array(z.string()),
  submission: z.string(),
  late: z.boolean(),
})
export type SchoolRow = z.infer<typeof SchoolRowSchema>

export const exportActions = defineFunction({
  startReport: {
    summary: '学校领导：生成本校上报区教体局的家访工作报告（Excel）；区教体局：生成全区汇总表',
    input: z.object({ kind: choice(REPORT_KINDS, '报告类型') }).strict(),
    output: JobViewSchema,
    roles: REPORTERS,
    write: true,
  },
  reportJob: {
    summary: '生成中的报告：进度（每次查询推进一步，不会超时）',
    input: z.object({ jobId: id('报告') }).strict(),
    output: JobViewSchema,
    roles: REPORTERS,
    write: true,
  },
  reportFile: {
    summary: '下载已生成或已上报的报告',
    input: z.object({ jobId: id('报告').optional(), submissionId: id('上报记录').optional() }).strict(),
    output: FileLinkSchema,
    roles: REPORTERS,
  },
  submitReport: {
    summary: '校长：把生成好的报告提交给区教体局（提交后不能修改；再次提交为新版本）',
    input: z.object({ jobId: id('报告') }).strict(),
    output: SubmissionViewSchema,
    roles: ['principal'],
    write: true,
  },
  submissions: {
    summary: '学校领导：本校本学年的上报记录（最新在前）',
    input: z.object({}).strict(),
    output: z.object({
      schoolName: z.string(),
      periodLabel: z.string(),
      deadline: z.string(),
      canSubmit: z.boolean(),
      rows: z.array(SubmissionViewSchema),
    }),
    roles: LEADER,
  },
  districtDashboard: {
    summary: '区教体局：全区各校家访数据并排对比、异常提示、报告上报情况',
    input: z.object({}).strict(),
    output: z.object({
      districtName: z.string(),
      periodLabel: z.string(),
      deadline: z.string(),
      rules: z.array(z.string()),
      schools: z.array(SchoolRowSchema),
      submissions: z.array(SubmissionViewSchema),
    }),
    roles: DISTRICT,
  },
})
