// Deterministic roster spreadsheets for import tests: a school of N students with siblings across
// classes, special families and a staff sheet, written with exceljs the way a school admin would.
import ExcelJS from 'exceljs'
import { STAFF_COLUMNS, STUDENT_COLUMNS } from '../../src/core/roster-import'

export type Cells = Record<string, string>
export type RosterRows = { students: Cells[]; staff: Cells[] }

const GRADES = ['一', '二', '三', '四', '五', '六']
const pad = (n: number, w: number) => String(n).padStart(w, '0')
export const studentNoOf = (i: number) => `T${pad(i, 6)}`
/** Every tenth student (i % 10 === 1) is the younger sibling of the one before, in another class. */
export const familyOf = (i: number) => (i % 10 === 1 ? i - 1 : i)
/** 36 classes: grades 1-6, classes 1-6 (the demo school already has classes 1 and 2 of each grade). */
export const classOf = (i: number) => ({ grade: GRADES[Math.floor((i % 36) / 6)]!, k: (i % 6) + 1 })
/** The first student with a mentor (mentors take students from the middle of the file). */
export const menteeOf = (n: number) => Math.floor(n / 2)

function studentCells(i: number): Cells {
  const f = familyOf(i)
  const { grade, k } = classOf(i)
  const categories = f % 13 === 0 ? '城乡低保、残疾学生' : f % 7 === 0 ? '留守儿童' : ''
  return {
    学号: studentNoOf(i),
    姓名: `学生${pad(i, 4)}`,
    性别: i % 2 ? '女' : '男',
    出生年月: `${2014 + (i % 6)}-${pad((i % 12) + 1, 2)}`,
    年级: `${grade}年级`,
    班级: `${k}班`,
    家庭住址: `青山街道${f}号`,
    特殊家庭类别: categories,
    学习困难学科: i % 9 === 0 ? '数学' : '',
    监护人1姓名: `父亲${pad(f, 4)}`,
    监护人1关系: '父亲',
    监护人1电话: `166${pad(f, 8)}`,
    监护人2姓名: `母亲${pad(f, 4)}`,
    监护人2关系: '母亲',
    监护人2电话: `167${pad(f, 8)}`,
  }
}

function staffCells(n: number): Cells[] {
  const rows: Cells[] = []
  // Head teachers of the 24 classes the demo school does not have yet.
  for (let g = 0; g < 6; g++) {
    for (let k = 3; k <= 6; k++)
      rows.push({
        姓名: `班主任${g}${k}`,
        电话: `165${pad(rows.length, 8)}`,
        角色: '班主任、任课教师',
        班主任班级: `${GRADES[g]}年级${k}班`,
        任教班级及学科: `${GRADES[g]}年级${k}班:语文`,
      })
  }
  for (let t = 0; t < 10; t++) {
    const g = GRADES[t % 6]
    rows.push({
      姓名: `任课${t}`,
      电话: `165${pad(rows.length, 8)}`,
      角色: '任课教师',
      任教班级及学科: `${g}年级3班:英语；${g}年级4班:英语`,
    })
  }
  for (let m = 0; m < 5; m++) {
    const mentees = [0, 1, 2].map((j) => studentNoOf(Math.min(n - 1, menteeOf(n) + m * 10 + j))).join('、')
    rows.push({ 姓名: `导师${m}`, 电话: `165${pad(rows.length, 8)}`, 角色: '导师', 导师学生学号: mentees })
  }
  rows.push({ 姓名: '中层一', 电话: `165${pad(rows.length, 8)}`, 角色: '中层干部' })
  return rows
}

export function buildRosterRows(n: number): RosterRows {
  return { students: Array.from({ length: n }, (_, i) => studentCells(i)), staff: staffCells(n) }
}

export async function rosterXlsx(rows: RosterRows): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  for (const [name, columns, data] of [
    ['学生', STUDENT_COLUMNS, rows.students],
    ['教职工', STAFF_COLUMNS, rows.staff],
  ] as const) {
    const ws = wb.addWorksheet(name)
    ws.addRow(columns.map((c) => c.label))
    for (const r of data) ws.addRow(columns.map((c) => r[c.label] ?? ''))
  }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** The 学生 sheet as a UTF-8 CSV with a BOM, as Excel's "CSV UTF-8" saves it. */
export async function studentsCsv(students: Cells[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('学生')
  ws.addRow(STUDENT_COLUMNS.map((c) => c.label))
  for (const r of students) ws.addRow(STUDENT_COLUMNS.map((c) => r[c.label] ?? ''))
  const csv = Buffer.from(await wb.csv.writeBuffer())
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv]))
}
