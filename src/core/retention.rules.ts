// How long each kind of data is kept, in one table: the scheduler's purges, the upload and export
// expiries and the README's retention section all read it. Personal data is kept only as long as the
// work it serves needs it (PIPL art. 19).
const HOUR = 3600e3
const DAY = 24 * HOUR

export type RetentionRule = { ms: number; what: string; after: string; enforced: string }

export const RETENTION = {
  uploads: { ms: DAY, what: '上传的花名册文件', after: '上传后（导入完成或被拒时立即删除）', enforced: '调度任务 files.purgeExpired' },
  exports: { ms: HOUR, what: '导出的家访档案 xlsx', after: '生成后', enforced: '调度任务 files.purgeExpired' },
  recordDrafts: { ms: 30 * DAY, what: '未提交的家访记录草稿（服务器端）', after: '最后一次保存后', enforced: '调度任务 purgeStaleDrafts' },
  replays: { ms: 7 * DAY, what: '重试用的已存答复（requests）', after: '请求后', enforced: '调度任务 purgeReplays' },
  corrections: { ms: 365 * DAY, what: '已处理的信息更正申请', after: '提出后（未处理的一直保留）', enforced: '调度任务 purgeCorrections' },
  // Long enough to submit the generated report the same day; a submitted file is the district's record and stays.
  reportJobs: { ms: DAY, what: '报告生成任务及其未提交的文件', after: '最后一次推进后', enforced: '调度任务 purgeReportJobs' },
  // Erased: the child's record, their bindings and correction requests; with the family's last child
  // at school also its sealed data (categories, address), guardians and their phones. Kept: the family
  // record (ids, class, no names; marked inactive, its category hint cleared) so the visit archive and
  // past figures still add up; visits, the school's archive, stay with the parents' names replaced
  // (agreement and thread; free text as written); submitted reports stay as sent. Drafts went after 30 days.
  leftStudents: {
    ms: 365 * DAY,
    what: '已离校学生及其家庭的个人信息',
    after: '花名册导入不再列出该学生后',
    enforced: '调度任务 eraseLeavers',
  },
} as const satisfies Record<string, RetentionRule>

/** The instant before which data of this kind is no longer needed. */
export const retentionCutoff = (kind: keyof typeof RETENTION, now: Date) => new Date(now.getTime() - RETENTION[kind].ms).toISOString()
