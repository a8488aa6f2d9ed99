// An uploaded .xlsx or .csv → plain text rows for the pure import rules. Only this folder knows exceljs.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { STUDENT_SHEET, type RawSheet } from '../../core/roster-import'

export type ReadResult = { ok: true; sheets: RawSheet[] } | { ok: false; message: string }

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b
const isOldXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/** Any cell value as the text a person sees: dates as YYYY-MM-DD, numbers without exponent. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v)
  if (typeof v === 'string' || typeof v === 'boolean') return String(v).trim()
  if ('richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim()
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null)
  if ('text' in v) return cellText(v.text as ExcelJS.CellValue)
  return ''
}

function toRawSheet(ws: ExcelJS.Worksheet, name = ws.name): RawSheet {
  const rows: RawSheet['rows'] = []
  let headers: string[] = []
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value)
    })
    const dense = Array.from(values, (v) => v ?? '')
    if (rowNumber === 1) headers = dense
    else rows.push({ row: rowNumber, values: dense })
  })
  return { name, headers, rows }
}

/** UTF-8 (with or without BOM), else GB18030 — what Excel on a Chinese Windows saves. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

async function readCsv(bytes: Uint8Array, sheetName: string): Promise<RawSheet> {
  const wb = new ExcelJS.Workbook()
  // Keep every cell as typed: no guessing numbers or dates (学号 0012 stays 0012).
  const ws = await wb.csv.read(Readable.from([decodeText(bytes)]), { sheetName, map: (v: unknown) => v } as never)
  return toRawSheet(ws, sheetName)
}

export async function readWorkbook(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (isOldXls(bytes)) return { ok: false, message: '暂不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后上传' }
  try {
    if (isZip(bytes)) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(Buffer.from(bytes) as never)
      return { ok: true, sheets: wb.worksheets.map((ws) => toRawSheet(ws)) }
    }
    if (!/\.(csv|txt)$/i.test(name)) return { ok: false, message: '请上传 .xlsx 或 .csv 格式的文件' }
    const stem = name.replace(/\.[^.]*$/, '').slice(0, 31) || STUDENT_SHEET
    return { ok: true, sheets: [await readCsv(bytes, stem)] }
  } catch {
    return { ok: false, message: '文件无法读取，请确认是用导入模板填写的 .xlsx 或 .csv 文件' }
  }
}
