// The lint rules that keep the layers apart fire where they should (and stay quiet where they should).
// ESLint's flat config is ESM, which jest's VM cannot load: lint the snippets in one child process.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')
const LINT_SNIPPETS = `
const { ESLint } = require('eslint')
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const eslint = new ESLint({ cwd: process.argv[1] })
Promise.all(cases.map(async ([file, code]) => {
  const [res] = await eslint.lintText(code, { filePath: require('path').join(process.argv[1], file) })
  return res.messages.filter((m) => m.ruleId).map((m) => m.ruleId + ': ' + m.message)
})).then((out) => process.stdout.write(JSON.stringify(out)))
`
function lintAll(cases: Array<[string, string]>): string[][] {
  return JSON.parse(execFileSync(process.execPath, ['-e', LINT_SNIPPETS, ROOT], { input: JSON.stringify(cases), encoding: 'utf8' }))
}

jest.setTimeout(60_000)
const results = new Map<string, string[]>()
const problems = async (file: string, code: string) => results.get(file + code)!

const REFUSED: Array<[string, string, RegExp]> = [
  ['src/core/visit/x.ts', "import Taro from '@tarojs/taro'\nexport const t = Taro", /core is pure/],
  ['src/core/visit/x.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync", /core is pure/],
  ['src/core/visit/x.ts', "import { dispatch } from '../../api/dispatch'\nexport const d = dispatch", /core is pure/],
  ['src/core/visit/x.ts', "export const m = import('../../server/main')", /core is pure/],
  ['src/core/visit/x.ts', "import dayjs from 'dayjs'\nexport const d = dayjs", /only src\/core\/time.ts may import dayjs/],
  ['src/core/visit/x.ts', 'export const t = () => Date.now()', /takes `now` as an input/],
  ['src/core/visit/x.ts', 'export const t = () => new Date()', /takes `now` as an input/],
  ['src/core/visit/x.ts', 'export const e = () => process.env.X', /process/],
  [
    'src/packages/parent/pages/home/x.tsx',
    "import { repos } from '../../../../api/repos'\nexport const r = repos",
    /talks to the server only/,
  ],
  [
    'src/client/x.ts',
    "import { SqliteStore } from '../adapters/sqlite/sqlite-store'\nexport const s = SqliteStore",
    /talks to the server only/,
  ],
  ['src/pages/index/x.tsx', "import { createHash } from 'node:crypto'\nexport const h = createHash", /talks to the server only/],
  [
    'src/api/routes/x.ts',
    "import cloud from 'wx-server-sdk'\nexport const c = cloud",
    /only src\/adapters\/cloud\/, cloudfunctions\/ may import wx-server-sdk/,
  ],
  [
    'src/api/routes/x.ts',
    "import { SqliteStore } from '../../adapters/sqlite/sqlite-store'\nexport const s = SqliteStore",
    /only through the ports/,
  ],
  ['src/adapters/sqlite/x.ts', "import { call } from '../../client/api'\nexport const c = call", /never imports the app/],
  ['src/server/x.ts', "import ExcelJS from 'exceljs'\nexport const e = ExcelJS", /may import exceljs/],
  [
    'src/api/roster-import/read-workbook.ts',
    "import ExcelJS from 'exceljs'\nexport const e = ExcelJS",
    /only src\/adapters\/xlsx\/ may import exceljs/,
  ],
]
const ALLOWED: Array<[string, string]> = [
  ['src/core/visit/x.ts', "import { z } from 'zod'\nimport { dayjs } from '../time'\nexport const a = [z, dayjs]"],
  ['src/core/time.ts', "import dayjs from 'dayjs'\nexport const d = dayjs"],
  ['src/packages/parent/pages/home/x.tsx', "import { call } from '../../../../client/api'\nexport const c = call"],
  ['src/adapters/cloud/x.ts', "import cloud from 'wx-server-sdk'\nexport const c = cloud"],
  ['src/adapters/xlsx/x.ts', "import ExcelJS from 'exceljs'\nexport const e = ExcelJS"],
  ['src/api/routes/x.ts', "import { ok } from '../../core/result'\nexport const o = ok"],
]

beforeAll(() => {
  const cases: Array<[string, string]> = [...REFUSED.map(([f, c]): [string, string] => [f, c]), ...ALLOWED]
  lintAll(cases).forEach((msgs, i) => results.set(cases[i]![0] + cases[i]![1], msgs))
})

test.each(REFUSED)('%s: %s is refused', async (file, code, why) => {
  expect((await problems(file, code)).join('\n')).toMatch(why)
})

test.each(ALLOWED)('%s: allowed imports pass', async (file, code) => {
  expect(await problems(file, code)).toEqual([])
})
