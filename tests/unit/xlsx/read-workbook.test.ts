// The exceljs adapter: cell and text handling, and the limits checked before a workbook is loaded whole.
import ExcelJS from 'exceljs'
import { TEMPLATE_VERSION } from '../../../src/adapters/xlsx/build-template'
import { createExcelWorkbooks } from '../../../src/adapters/xlsx/excel-workbooks'
import { cellText, decodeText, readWorkbook } from '../../../src/adapters/xlsx/read-workbook'
import { buildRosterRows, rosterXlsx, studentsCsv } from '../../support/roster-file'
import { makeZip } from '../../support/zip'

const SMALL = { maxBytes: 1024 * 1024, maxUncompressedBytes: 1024 * 1024, maxRows: 10 }
const xlsxOf = async (students: number) => rosterXlsx({ ...buildRosterRows(students), staff: [] })
/** Counts how often exceljs is asked to open an .xlsx. */
const loads = () => jest.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get')

afterEach(() => jest.restoreAllMocks())

test('cells read as the text a person sees', () => {
  expect(cellText(new Date(Date.UTC(2019, 8, 15)))).toBe('2019-09-15')
  expect(cellText(13800138000)).toBe('13800138000')
  expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三')
  expect(cellText({ formula: 'A1', result: 7 } as ExcelJS.CellValue)).toBe('7')
  expect(cellText(null)).toBe('')
})

test('CSV text is UTF-8 (BOM dropped) or GBK, as Excel on Chinese Windows saves it', () => {
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xad, 0xa6, 0xe5, 0x8f, 0xb7]))).toBe('学号')
  expect(decodeText(new Uint8Array([0xd1, 0xa7, 0xba, 0xc5]))).toBe('学号')
})

test('a CSV keeps leading zeros and dates as typed; row numbers are the file lines', async () => {
  const res = await readWorkbook('学生.csv', new TextEncoder().encode('学号,出生年月\n0012,2019-09\n\n0013,2020-01\n'))
  if (!res.ok) throw new Error(res.error.message)
  expect(res.data[0]).toMatchObject({ name: '学生', headers: ['学号', '出生年月'] })
  expect(res.data[0]!.rows.filter((r) => r.values.some(Boolean))).toEqual([
    { row: 2, values: ['0012', '2019-09'] },
    { row: 4, values: ['0013', '2020-01'] },
  ])
})

test('an old .xls or a random file is refused with a Chinese message', async () => {
  expect(await readWorkbook('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({
    ok: false,
    error: { code: 'IMPORT.BAD_FILE', message: '暂不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后上传' },
  })
  expect(await readWorkbook('a.pdf', new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'IMPORT.BAD_FILE' } })
})

test('a file over the size limit is refused before it is read', async () => {
  const load = loads()
  const res = await readWorkbook('roster.xlsx', new Uint8Array(11 * 1024 * 1024).fill(0x50))
  expect(res).toMatchObject({ ok: false, error: { code: 'FILE.TOO_LARGE' } })
  expect(!res.ok && res.error.message).toMatch(/^文件太大（超过10MB）/)
  expect(load).not.toHaveBeenCalled()
})

test('a zip bomb (40 MB of zeros in a few KB, its sizes understated) is refused before exceljs loads it', async () => {
  const bomb = makeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * 1024 * 1024), declaredSize: 1000 },
  ])
  expect(bomb.length).toBeLessThan(100 * 1024)
  const load = loads()
  const res = await readWorkbook('roster.xlsx', bomb)
  expect(res).toMatchObject({ ok: false, error: { code: 'FILE.TOO_LARGE' } })
  expect(!res.ok && res.error.message).toMatch(/^文件解压后太大（超过30MB）/)
  expect(load).not.toHaveBeenCalled()
})

test('a password-protected or broken zip is refused with what to do', async () => {
  const locked = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), encrypted: true }])
  expect(await readWorkbook('a.xlsx', locked)).toMatchObject({
    ok: false,
    error: { message: '文件设置了密码，请在 Excel 中取消密码、另存后重新上传' },
  })
  const cut = (await xlsxOf(3)).subarray(0, 2000)
  expect(await readWorkbook('a.xlsx', cut)).toMatchObject({ ok: false, error: { code: 'IMPORT.BAD_FILE' } })
})

test('a sheet with more data rows than allowed is refused, naming the sheet; at the limit it reads', async () => {
  expect(await readWorkbook('roster.xlsx', await xlsxOf(11), SMALL)).toEqual({
    ok: false,
    error: { code: 'IMPORT.TOO_MANY_ROWS', message: '学生表超过10行，请按年级拆分后分别导入' },
  })
  const atLimit = await readWorkbook('roster.xlsx', await xlsxOf(10), SMALL)
  expect(atLimit.ok && atLimit.data.find((s) => s.name === '学生')!.rows).toHaveLength(10)
  const csv = await studentsCsv(buildRosterRows(11).students)
  expect(await readWorkbook('学生.csv', csv, SMALL)).toMatchObject({
    ok: false,
    error: { message: '学生表超过10行，请按年级拆分后分别导入' },
  })
})

test('far too many rows are refused before exceljs loads the workbook', async () => {
  const file = await xlsxOf(41)
  const load = loads()
  const res = await readWorkbook('roster.xlsx', file, SMALL)
  expect(res).toEqual({
    ok: false,
    error: { code: 'IMPORT.TOO_MANY_ROWS', message: '表格行数太多（超过40行）。请删去多余的空行，或按年级拆分后分别导入' },
  })
  expect(load).not.toHaveBeenCalled()
})

test('the template is built once per process and reads back as an import file', async () => {
  const workbooks = createExcelWorkbooks()
  const build = jest.spyOn(ExcelJS.Workbook.prototype, 'addWorksheet')
  const [first, second] = [await workbooks.template(), await workbooks.template()]
  expect(second).toBe(first)
  expect(build).toHaveBeenCalledTimes(3) // 学生, 教职工, 说明: once
  expect(workbooks.templateVersion).toBe(TEMPLATE_VERSION)
  const read = await workbooks.read('花名册导入模板.xlsx', first)
  expect(read.ok && read.data.map((s) => s.name)).toEqual(['学生', '教职工', '说明'])
})
