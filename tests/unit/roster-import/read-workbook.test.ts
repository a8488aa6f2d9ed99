// The exceljs adapter's cell and text handling (no I/O: bytes in memory).
import type ExcelJS from 'exceljs'
import { cellText, decodeText, readWorkbook } from '../../../src/api/roster-import/read-workbook'

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
  if (!res.ok) throw new Error(res.message)
  expect(res.sheets[0]).toMatchObject({ name: '学生', headers: ['学号', '出生年月'] })
  expect(res.sheets[0]!.rows.filter((r) => r.values.some(Boolean))).toEqual([
    { row: 2, values: ['0012', '2019-09'] },
    { row: 4, values: ['0013', '2020-01'] },
  ])
})

test('an old .xls or a random file is refused with a Chinese message', async () => {
  expect(await readWorkbook('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({
    ok: false,
    message: '暂不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后上传',
  })
  expect(await readWorkbook('a.pdf', new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false })
})
