// A one-sheet export: bold frozen header, wrapped text, columns as wide as their content (within reason).
import ExcelJS from 'exceljs'

const MIN_WIDTH = 10
const MAX_WIDTH = 50

export async function buildTable(sheet: string, header: string[], rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow(header).font = { bold: true }
  for (const row of rows) ws.addRow(row)
  ws.columns.forEach((col, i) => {
    const longest = Math.max(header[i]?.length ?? 0, ...rows.map((r) => (r[i] ?? '').length))
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * 2 + 2))
    col.alignment = { wrapText: true, vertical: 'top' }
  })
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
