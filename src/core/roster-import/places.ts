// Where a problem is, in the words a person looks for in the file: "学生表第3行", said once.
import { STAFF_SHEET, STUDENT_SHEET } from './columns'
import { sheetKind, type RowProblem, type SheetKind } from './read-sheets'
import type { ImportError, RawSheet, RowAt } from './types'

const KIND_NAMES: Record<SheetKind, string> = { students: STUDENT_SHEET, staff: STAFF_SHEET }

export type SheetLabel = (sheet: string) => string

/**
 * A sheet is named by what it holds ("学生表") when that is unambiguous: it carries the template's
 * name, or it is the only sheet of its kind (a CSV file is one sheet named after the file, which
 * would otherwise read "bad第3行"). A school's own names for several sheets stay: "“一年级”表".
 */
export function sheetLabels(sheets: RawSheet[]): SheetLabel {
  const kinds = new Map(sheets.map((s) => [s.name, sheetKind(s)]))
  const perKind = (k: SheetKind) => [...kinds.values()].filter((x) => x === k).length
  return (name) => {
    const kind = kinds.get(name)
    if (kind && (name === KIND_NAMES[kind] || perKind(kind) === 1)) return `${KIND_NAMES[kind]}表`
    return `“${name}”表`
  }
}

/** Another row, as seen from `at`: "第2行" in the same sheet, "学生表第2行" in another. */
export const placeOf = (label: SheetLabel, at: RowAt, other: RowAt) =>
  at.sheet === other.sheet ? `第${other.row}行` : `${label(other.sheet)}第${other.row}行`

/** One message per problem, its place said once: "学生表第3行：出生年月…". */
export function formatErrors(problems: RowProblem[], label: SheetLabel): ImportError[] {
  return problems.map((p) => ({
    sheet: p.sheet,
    row: p.row,
    message: p.wholeFile ? p.text : `${label(p.sheet)}第${p.row}行：${p.text}`,
  }))
}
