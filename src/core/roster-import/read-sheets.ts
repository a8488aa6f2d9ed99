// Sheets → typed rows: which sheet is which, header mapping, row parsing. Cross-row checks are in validate.
import { cellsOf, mapHeaders, STAFF_COLUMNS, STAFF_SHEET, STUDENT_COLUMNS, STUDENT_SHEET, type Column } from './columns'
import { parseStaffRow } from './staff-row.schema'
import { parseStudentRow } from './student-row.schema'
import type { RawSheet, RowAt, StaffRow, StudentRow } from './types'

export type SheetKind = 'students' | 'staff'
/** `wholeFile`: about the file, not a row (no sheet or row is named). */
export type RowProblem = RowAt & { text: string; wholeFile?: boolean }

/** By name first (学生 / 教职工), else by headers; other sheets (说明) are ignored. */
export function sheetKind(sheet: RawSheet): SheetKind | null {
  if (sheet.name === STUDENT_SHEET) return 'students'
  if (sheet.name === STAFF_SHEET) return 'staff'
  if (mapHeaders(STUDENT_COLUMNS, sheet.headers).index.has('studentNo')) return 'students'
  if (mapHeaders(STAFF_COLUMNS, sheet.headers).index.has('roles')) return 'staff'
  return null
}

type Parsed<R> = { rows: R[]; problems: RowProblem[]; hasColumn: (key: string) => boolean }

function readSheet<R>(sheet: RawSheet, columns: Column[], parse: (at: RowAt, cells: Record<string, string>) => R | string[]): Parsed<R> {
  const map = mapHeaders(columns, sheet.headers)
  const hasColumn = (key: string) => map.index.has(key)
  if (map.missing.length) {
    return {
      rows: [],
      hasColumn,
      problems: map.missing.map((c) => ({ sheet: sheet.name, row: 1, text: `缺少“${c.label}”列，请使用导入模板` })),
    }
  }
  const rows: R[] = []
  const problems: RowProblem[] = []
  for (const { row, values } of sheet.rows) {
    if (values.every((v) => !v.trim())) continue
    const out = parse({ sheet: sheet.name, row }, cellsOf(columns, map, values))
    if (Array.isArray(out)) problems.push(...out.map((text) => ({ sheet: sheet.name, row, text })))
    else rows.push(out)
  }
  return { rows, problems, hasColumn }
}

export type SheetRows = {
  students: StudentRow[] | null
  staff: StaffRow[] | null
  hasAddress: boolean
  problems: RowProblem[]
  dataSheets: number
}

/** Every sheet of a kind is read (a school may keep one sheet per grade). */
export function readSheets(sheets: RawSheet[]): SheetRows {
  const out: SheetRows = { students: null, staff: null, hasAddress: false, problems: [], dataSheets: 0 }
  for (const sheet of sheets) {
    const kind = sheetKind(sheet)
    if (!kind) continue
    out.dataSheets++
    if (kind === 'students') {
      const r = readSheet(sheet, STUDENT_COLUMNS, parseStudentRow)
      out.students = [...(out.students ?? []), ...r.rows]
      out.hasAddress ||= r.hasColumn('address')
      out.problems.push(...r.problems)
    } else {
      const r = readSheet(sheet, STAFF_COLUMNS, parseStaffRow)
      out.staff = [...(out.staff ?? []), ...r.rows]
      out.problems.push(...r.problems)
    }
  }
  return out
}
