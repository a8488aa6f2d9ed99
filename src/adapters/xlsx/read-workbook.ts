// An uploaded .xlsx or .csv → plain text rows for the pure import rules. Sizes and row counts are
// checked before exceljs loads anything whole (see zip-guard.ts), and refusals say what to do next.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { MAX_UPLOAD_BYTES } from '../../core/ports/file-storage'
import { err, ok, type Result } from '../../core/result'
import { STAFF_SHEET, STUDENT_SHEET, type RawSheet } from '../../core/roster-import'
import { checkZip } from './zip-guard'

export type WorkbookLimits = {
  /** The file as uploaded. */
  maxBytes: number
  /** All parts of an .xlsx once inflated: what exceljs would hold in memory. */
  maxUncompressedBytes: number
  /** Data rows per sheet (the header row not counted). */
  maxRows: number
}

/** A 5,000-student sheet is about 0.4 MB as .xlsx and 4 MB inflated; these leave room for formatting. */
export const DEFAULT_LIMITS: WorkbookLimits = { maxBytes: MAX_UPLOAD_BYTES, maxUncompressedBytes: 30 * 1024 * 1024, maxRows: 5000 }

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b
const isOldXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

const refuse = {
  oldXls: () => err('IMPORT.BAD_FILE', '暂不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后上传'),
  format: () => err('IMPORT.BAD_FILE', '请上传 .xlsx 或 .csv 格式的文件'),
  unreadable: () => err('IMPORT.BAD_FILE', '文件无法读取，请确认是用导入模板填写的 .xlsx 或 .csv 文件'),
  encrypted: () => err('IMPORT.BAD_FILE', '文件设置了密码，请在 Excel 中取消密码、另存后重新上传'),
  tooBig: (l: WorkbookLimits) =>
    err('FILE.TOO_LARGE', `文件太大（超过${mb(l.maxBytes)}MB）。请删去多余的工作表和空行，或按年级拆分成几个文件后分别导入`),
  inflatesTooBig: (l: WorkbookLimits) =>
    err('FILE.TOO_LARGE', `文件解压后太大（超过${mb(l.maxUncompressedBytes)}MB）。请删去多余的工作表、图片和空行后重新上传`),
  tooManyRows: (sheet: string, l: WorkbookLimits) =>
    err('IMPORT.TOO_MANY_ROWS', `${sheetLabel(sheet)}超过${l.maxRows}行，请按年级拆分后分别导入`),
  /** Before reading (rows counted in the raw file, empty ones included): a far larger allowance. */
  wayTooManyRows: (l: WorkbookLimits) =>
    err('IMPORT.TOO_MANY_ROWS', `表格行数太多（超过${coarseRows(l)}行）。请删去多余的空行，或按年级拆分后分别导入`),
}

/** Formatted empty rows count in the raw file too, so the check before reading allows well over maxRows. */
const coarseRows = (l: WorkbookLimits) => 4 * l.maxRows

const sheetLabel = (name: string) => (name === STUDENT_SHEET || name === STAFF_SHEET ? `${name}表` : `工作表“${name}”`)

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

async function readXlsx(bytes: Uint8Array, limits: WorkbookLimits): Promise<Result<RawSheet[]>> {
  const zip = checkZip(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes, maxRowElements: coarseRows(limits) })
  if (!zip.ok && zip.reason === 'too_big') return refuse.inflatesTooBig(limits)
  if (!zip.ok && zip.reason === 'too_many_rows') return refuse.wayTooManyRows(limits)
  if (!zip.ok) return zip.reason === 'encrypted' ? refuse.encrypted() : refuse.unreadable()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  return ok(wb.worksheets.map((ws) => toRawSheet(ws)))
}

function countLines(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++
  return n
}

export async function readWorkbook(name: string, bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<Result<RawSheet[]>> {
  if (bytes.length > limits.maxBytes) return refuse.tooBig(limits)
  if (isOldXls(bytes)) return refuse.oldXls()
  let read: Result<RawSheet[]>
  try {
    if (isZip(bytes)) read = await readXlsx(bytes, limits)
    else if (!/\.(csv|txt)$/i.test(name)) return refuse.format()
    else if (countLines(bytes) > coarseRows(limits)) return refuse.wayTooManyRows(limits)
    else read = ok([await readCsv(bytes, name.replace(/\.[^.]*$/, '').slice(0, 31) || STUDENT_SHEET)])
  } catch {
    return refuse.unreadable()
  }
  if (!read.ok) return read
  const crowded = read.data.find((s) => s.rows.filter((r) => r.values.some(Boolean)).length > limits.maxRows)
  return crowded ? refuse.tooManyRows(crowded.name, limits) : read
}
