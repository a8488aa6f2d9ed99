// The school's report to the bureau as sheets (figures by grade and class with a school total, special
// families not yet visited, leadership's visits, typical cases). Pure: the route gathers, this lays out.
import type { CategoryRow } from '../coverage/special-members'
import { maskName } from '../privacy/mask'
import { formatRate } from '../survey/figures'
import { rateText, specialCoverage, type ScopeFigures } from './report.figures'

export type Cell = string | number
export type SheetData = { sheet: string; header: string[]; rows: Cell[][] }

export type ReportClass = { classId: string; gradeLabel: string; className: string; figures: ScopeFigures }
export type SpecialFamily = { className: string; children: string[]; ownerName: string | null; claimState: string | null }
export type LeaderVisits = {
  name: string
  role: string
  total: number
  visits: Array<{ children: string; state: string; startAt: string | null }>
}
export type SchoolReport = {
  schoolName: string
  periodLabel: string
  classes: ReportClass[]
  total: ScopeFigures
  special: SpecialFamily[]
  leadership: LeaderVisits[]
  /** The school's published typical cases (anonymised: no class or names). */
  typicalCases: Array<{ title: string; gradeLabel: string; publishedOn: string }>
  /** Special families this semester by category (the dashboard's rows); null for who may not see categories. */
  categories: CategoryRow[] | null
}

export const SHEETS = {
  figures: '家访数据',
  special: '特殊家庭未访名单',
  categories: '特殊家庭分类别',
  leadership: '领导班子家访',
  cases: '典型案例',
} as const
export const FIGURES_HEADER = [
  '年级',
  '班级',
  '应访户数',
  '已完成',
  '家长已确认',
  '到位率',
  '满意率',
  '满意答卷',
  '答卷数',
  '未处理异议',
  '记录逾期',
  '特殊家庭应访',
  '特殊家庭未访',
  '特殊家庭走访率',
]
export const TOTAL_LABEL = '全校合计'
/** Columns a class row adds up to the total row with (the rest are rates or school-wide). */
export const SUMMED_COLUMNS = ['应访户数', '已完成', '家长已确认', '满意答卷', '答卷数', '记录逾期', '特殊家庭应访', '特殊家庭未访']

function figuresRow(grade: string, name: string, f: ScopeFigures, disputes: Cell): Cell[] {
  return [
    grade,
    name,
    f.required,
    f.completed,
    f.confirmed,
    rateText(f.coverage),
    rateText(f.satisfaction),
    f.satisfaction.numerator,
    f.satisfaction.denominator,
    disputes,
    f.recordsOverdue,
    f.specialRequired,
    f.specialNotVisited,
    rateText(specialCoverage(f)),
  ]
}

const LEFT = '（已离校）'
/** `梁小红、梁小明` → `梁**、梁**`. */
export const maskChildren = (names: string) => (names === LEFT ? LEFT : names.split('、').map(maskName).join('、'))

/** Disputes are kept per school, not per class: the class rows leave the column empty. */
export function figuresSheet(r: SchoolReport): SheetData {
  const rows = r.classes.map((c) => figuresRow(c.gradeLabel, c.className, c.figures, ''))
  rows.push(figuresRow(TOTAL_LABEL, '', r.total, r.total.disputesOpen))
  return { sheet: SHEETS.figures, header: FIGURES_HEADER, rows }
}

/** The bureau's copy names no child: a surname and stars, with the class and who is to visit. */
export const specialSheet = (r: SchoolReport): SheetData => ({
  sheet: SHEETS.special,
  header: ['班级', '学生', '负责老师', '目前进度'],
  rows: r.special.map((f) => [f.className, f.children.map(maskName).join('、') || LEFT, f.ownerName ?? '未分配', f.claimState ?? '未安排']),
})

export const CATEGORIES_HEADER = ['类别', '本学期应访户数', '已访', '未访', '已访比例']
export const CATEGORIES_NOTE = '注：一户可同时属于几个类别，在每个类别各计一次，各类别相加可多于特殊家庭户数。'

/** Every category, in the policy's order, and a last row saying why the rows may add up to more. */
export const categoriesSheet = (rows: readonly CategoryRow[]): SheetData => ({
  sheet: SHEETS.categories,
  header: CATEGORIES_HEADER,
  rows: [...rows.map((r) => [r.label, r.required, r.visited, r.notVisited, r.rate === null ? '—' : formatRate(r.rate)]), [CATEGORIES_NOTE]],
})

export const leadershipSheet = (r: SchoolReport): SheetData => ({
  sheet: SHEETS.leadership,
  header: ['姓名', '职务', '本学年家访户数', '学生', '进度', '约定时间'],
  rows: r.leadership.flatMap((l) =>
    l.visits.length
      ? l.visits.map((v, i) => [
          i ? '' : l.name,
          i ? '' : l.role,
          i ? '' : l.total,
          maskChildren(v.children),
          v.state,
          v.startAt?.slice(0, 10) ?? '',
        ])
      : [[l.name, l.role, l.total, '', '', '']],
  ),
})

/** The school total row keyed by its column header: what the page shows and a submission keeps. */
export function totalSnapshot(r: SchoolReport): Record<string, Cell> {
  const total = figuresSheet(r).rows.at(-1)!
  return Object.fromEntries(FIGURES_HEADER.slice(2).map((h, i) => [h, total[i + 2]!]))
}

export const casesSheet = (r: SchoolReport): SheetData =>
  r.typicalCases.length === 0
    ? { sheet: SHEETS.cases, header: ['说明'], rows: [['本学年还没有发布典型案例。']] }
    : { sheet: SHEETS.cases, header: ['标题', '年级', '发布日期'], rows: r.typicalCases.map((c) => [c.title, c.gradeLabel, c.publishedOn]) }

export const reportSheets = (r: SchoolReport): SheetData[] => [
  figuresSheet(r),
  specialSheet(r),
  ...(r.categories ? [categoriesSheet(r.categories)] : []),
  leadershipSheet(r),
  casesSheet(r),
]

export const reportFileName = (r: Pick<SchoolReport, 'schoolName' | 'periodLabel'>) => `${r.schoolName}-${r.periodLabel}家访工作报告.xlsx`
