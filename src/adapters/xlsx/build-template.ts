// The downloadable import template: 学生 and 教职工 sheets with an example row each, and a 说明 sheet.
import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import { SPECIAL_CATEGORY_LABELS } from '../../core/model/family.schema'
import { HELP_SHEET, STAFF_COLUMNS, STAFF_SHEET, STUDENT_COLUMNS, STUDENT_SHEET, type Column } from '../../core/roster-import'

/** Bump when the layout below changes; the columns and help text are part of the version already. */
const LAYOUT = 1

const HELP_LINES = [
  '1. 第1行是表头，请勿修改；从第2行起每行一名学生或一位教职工。示例行请改成真实数据或删除。',
  '2. 标 * 的列必填。学号、电话请以文本填写（本模板已设为文本格式）。',
  '3. 兄弟姐妹在同一学校就读时，填写相同的监护人电话，系统会把他们识别为同一家庭（跨班级也可以），家访时按一个家庭统计。',
  `4. 特殊家庭类别可填：${Object.values(SPECIAL_CATEGORY_LABELS).join('、')}；多个用“、”分隔。`,
  '5. 任教班级及学科的写法：三年级1班:数学；三年级2班:数学（班级和学科用冒号，多个班级用分号）。',
  '6. 导入前会先预览，列出每一处错误（第几行、什么问题）；有任何错误时整份文件都不会导入。',
  '7. 再次导入时，学生按学号、教职工按电话更新，只修改有变化的信息；文件中没有的学生不会被删除。',
  '8. 也可以把“学生”表另存为 CSV（UTF-8 或 GBK 编码均可）单独导入。',
]

function addDataSheet(wb: ExcelJS.Workbook, name: string, columns: Column[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({
    header: c.required ? `${c.label}*` : c.label,
    key: c.key,
    width: Math.max(12, c.label.length * 2 + 6),
    style: { numFmt: '@' },
  }))
  ws.addRow(Object.fromEntries(columns.map((c) => [c.key, c.example])))
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.eachCell((cell, col) => {
    const required = columns[col - 1]?.required
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: required ? 'FFFDE9D9' : 'FFEAF1FB' } }
    cell.note = columns[col - 1]?.note ?? ''
  })
}

function addHelpSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(HELP_SHEET)
  ws.columns = [{ width: 22 }, { width: 10 }, { width: 70 }]
  ws.addRow(['花名册导入说明']).font = { bold: true, size: 14 }
  for (const line of HELP_LINES) ws.addRow([line])
  for (const [sheet, columns] of [
    [STUDENT_SHEET, STUDENT_COLUMNS],
    [STAFF_SHEET, STAFF_COLUMNS],
  ] as const) {
    ws.addRow([])
    ws.addRow([`“${sheet}”表`, '是否必填', '填写说明']).font = { bold: true }
    for (const c of columns) ws.addRow([c.label, c.required ? '必填' : '选填', c.note])
  }
}

/** Everything the template shows, hashed: a stored template of another version is built again. */
export const TEMPLATE_VERSION = createHash('sha256')
  .update(JSON.stringify([LAYOUT, STUDENT_SHEET, STUDENT_COLUMNS, STAFF_SHEET, STAFF_COLUMNS, HELP_SHEET, HELP_LINES]))
  .digest('base64url')
  .slice(0, 16)

export async function buildTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '家访助手'
  addDataSheet(wb, STUDENT_SHEET, STUDENT_COLUMNS)
  addDataSheet(wb, STAFF_SHEET, STAFF_COLUMNS)
  addHelpSheet(wb)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
