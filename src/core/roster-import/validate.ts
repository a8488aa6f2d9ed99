// Checks across the whole file: duplicates, guardians shared by siblings, references between sheets.
// A row with a problem is left out of the plan; apply refuses while any problem remains.
import { formatErrors, placeOf, sheetLabels, type SheetLabel } from './places'
import { readSheets, type RowProblem } from './read-sheets'
import type { ImportError, KnownRefsLike, ParsedFile, RawSheet, RowAt, StaffRow, StudentRow } from './types'

export type KnownRefs = KnownRefsLike
export type Validated = { file: ParsedFile; errors: ImportError[] }

function checkStudents(rows: StudentRow[], problems: RowProblem[], label: SheetLabel): StudentRow[] {
  const place = (at: RowAt, other: RowAt) => placeOf(label, at, other)
  const byNo = new Map<string, StudentRow>()
  const byPhone = new Map<string, { at: RowAt; name: string }>()
  return rows.filter((r) => {
    const before = problems.length
    const first = byNo.get(r.studentNo)
    if (first) problems.push({ ...r, text: `学号重复（与${place(r, first)}相同）` })
    const phones = new Set<string>()
    for (const g of r.guardians) {
      const seen = byPhone.get(g.phone)
      if (phones.has(g.phone)) problems.push({ ...r, text: `监护人${g.slot}电话与本行其他监护人重复` })
      else if (seen && seen.name !== g.name)
        problems.push({ ...r, text: `监护人${g.slot}电话与${place(r, seen.at)}的监护人“${seen.name}”相同，但姓名不同` })
      phones.add(g.phone)
    }
    if (problems.length > before) return false
    byNo.set(r.studentNo, r)
    for (const g of r.guardians) if (!byPhone.has(g.phone)) byPhone.set(g.phone, { at: r, name: g.name })
    return true
  })
}

function checkStaff(rows: StaffRow[], known: KnownRefs, problems: RowProblem[], label: SheetLabel): StaffRow[] {
  const place = (at: RowAt, other: RowAt) => placeOf(label, at, other)
  const byPhone = new Map<string, StaffRow>()
  const heads = new Map<string, StaffRow>()
  return rows.filter((r) => {
    const before = problems.length
    const first = byPhone.get(r.phone)
    if (first) problems.push({ ...r, text: `电话重复（与${place(r, first)}相同）` })
    for (const name of new Set([...r.headClasses, ...r.teachings.map((t) => t.className)])) {
      if (!known.classNames.has(name)) problems.push({ ...r, text: `班级“${name}”在学生表和系统中都不存在` })
    }
    for (const name of r.headClasses) {
      const other = heads.get(name)
      if (other) problems.push({ ...r, text: `${name}的班主任已在${place(r, other)}填写` })
    }
    for (const no of r.menteeNos) if (!known.studentNos.has(no)) problems.push({ ...r, text: `导师学生学号“${no}”不存在` })
    if (problems.length > before) return false
    byPhone.set(r.phone, r)
    for (const name of r.headClasses) heads.set(name, r)
    return true
  })
}

/** Sheets → the rows that can be imported, and every problem found, in file order. */
export function validateFile(sheets: RawSheet[], existing: KnownRefs): Validated {
  const read = readSheets(sheets)
  const label = sheetLabels(sheets)
  const problems = [...read.problems]
  const students = read.students && checkStudents(read.students, problems, label)
  const classNames = new Set([...existing.classNames, ...(students ?? []).map((s) => s.cls.name)])
  const studentNos = new Set([...existing.studentNos, ...(students ?? []).map((s) => s.studentNo)])
  const staff = read.staff && checkStaff(read.staff, { classNames, studentNos }, problems, label)
  const order = new Map(sheets.map((s, i) => [s.name, i]))
  problems.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row)
  if (read.dataSheets === 0) {
    problems.push({ sheet: sheets[0]?.name ?? '', row: 1, text: '没有找到“学生”或“教职工”表，请使用导入模板', wholeFile: true })
  }
  return { file: { students, staff, hasAddress: read.hasAddress }, errors: formatErrors(problems, label) }
}
