// A one-sheet export: bold frozen header, wrapped text, columns as wide as their content (within reason).
import ExcelJS from 'exceljs'

const MIN_WIDTH = 10
const MAX_WIDTH = 50

type Cell = string | number

export const buildTable = (sheet: string, header: string[], rows: string[][]) => buildBook([{ sheet, header, rows }])

export async function buildBook(sheets: Array<{ sheet: string; header: string[]; rows: Cell[][] }>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  for (const s of sheets) addSheet(wb, s.sheet, s.header, s.rows)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

function addSheet(wb: ExcelJS.Workbook, sheet: string, header: string[], rows: Cell[][]) {
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow(header).font = { bold: true }
  for (const row of rows) ws.addRow(row)
  ws.columns.forEach((col, i) => {
    const longest = Math.max(header[i]?.length ?? 0, ...rows.map((r) => String(r[i] ?? '').length))
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * 2 + 2))
    col.alignment = { wrapText: true, vertical: 'top' }
  })
}
