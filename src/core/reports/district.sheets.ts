// The district dashboard's rows and the district summary workbook: one row per school on the same
// measures as a school's report, its outliers and whether its report is in.
import type { SchoolRow, SubmissionView } from '../contract/reports-export.contract'
import { OUTLIER_LABELS, OUTLIER_RULES, outliersOf, SUBMISSION_LABELS, type SubmissionState } from './district.rules'
import { rateText, specialCoverage, type ScopeFigures } from './report.figures'
import type { SheetData } from './school-report.sheets'

export function schoolRow(schoolId: string, schoolName: string, f: ScopeFigures, state: SubmissionState): SchoolRow {
  return {
    schoolId,
    schoolName,
    required: f.required,
    completed: f.completed,
    confirmed: f.confirmed,
    completedRate: rateText({ numerator: f.completed, denominator: f.required }),
    coverage: rateText(f.coverage),
    satisfaction: rateText(f.satisfaction),
    disputesOpen: f.disputesOpen,
    recordsOverdue: f.recordsOverdue,
    specialRequired: f.specialRequired,
    specialNotVisited: f.specialNotVisited,
    specialCoverage: rateText(specialCoverage(f)),
    outliers: outliersOf(f).map((o) => OUTLIER_LABELS[o]),
    submission: SUBMISSION_LABELS[state],
    late: state === 'late' || state === 'overdue',
  }
}

/** The thresholds as sentences, shown under the dashboard and in the summary. */
export const OUTLIER_TEXTS = [
  `${OUTLIER_LABELS.unconfirmed}：完成率≥${OUTLIER_RULES.unconfirmed.completedAtLeast * 100}%而到位率<${OUTLIER_RULES.unconfirmed.coverageBelow * 100}%`,
  `${OUTLIER_LABELS.disputes}：未处理异议≥${OUTLIER_RULES.disputes.atLeast}件且每百户已完成≥${OUTLIER_RULES.disputes.per100Completed}件`,
  `${OUTLIER_LABELS.special}：特殊家庭本学期走访率<${OUTLIER_RULES.special.coverageBelow * 100}%`,
]

export const DISTRICT_HEADER = [
  '学校',
  '应访户数',
  '已完成',
  '完成率',
  '家长已确认',
  '到位率',
  '满意率',
  '未处理异议',
  '记录逾期',
  '特殊家庭应访',
  '特殊家庭未访',
  '特殊家庭走访率',
  '异常提示',
  '报告上报',
]

export function districtSheets(rows: SchoolRow[], submissions: SubmissionView[]): SheetData[] {
  const sum = (k: keyof SchoolRow) => rows.reduce((a, r) => a + (r[k] as number), 0)
  const schoolRows = rows.map((r) => [
    r.schoolName,
    r.required,
    r.completed,
    r.completedRate,
    r.confirmed,
    r.coverage,
    r.satisfaction,
    r.disputesOpen,
    r.recordsOverdue,
    r.specialRequired,
    r.specialNotVisited,
    r.specialCoverage,
    r.outliers.join('；'),
    r.submission,
  ])
  const total = ['全区合计', sum('required'), sum('completed'), '', sum('confirmed'), '', '', sum('disputesOpen'), sum('recordsOverdue')]
  return [
    {
      sheet: '各校对比',
      header: DISTRICT_HEADER,
      rows: [...schoolRows, [...total, sum('specialRequired'), sum('specialNotVisited'), '', '', '']],
    },
    {
      sheet: '报告上报',
      header: ['学校', '版本', '提交时间', '提交人'],
      rows: submissions.map((s) => [s.schoolName, s.version, s.submittedAt.slice(0, 16).replace('T', ' '), s.submittedByName]),
    },
    { sheet: '说明', header: ['异常提示的标准'], rows: OUTLIER_TEXTS.map((t) => [t]) },
  ]
}
