// Pages load only the contracts they use: a subpackage's zod schemas belong in that subpackage, not
// in the main package every user downloads first (`npm run build:weapp` prints the sizes).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const SRC = join(__dirname, '../../../src')
const APP_FOLDERS = ['client', 'pages', 'packages']
// The whole-API client, kept for tests and tools.
const ALLOWED = new Set(['client/api.ts'])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : []
  })
}

/** Runtime imports (not `import type`) of the whole API or of the whole-API client. */
function wholeApiImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const imports = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]!)
  return imports.filter((spec) => /(^|\/)core\/contract$|(^@\/client|^\.\.?)\/api$/.test(spec))
}

test('no app module bundles the whole API', () => {
  const offenders = APP_FOLDERS.flatMap((f) => sources(join(SRC, f)))
    .filter((file) => !ALLOWED.has(relative(SRC, file)))
    .flatMap((file) => wholeApiImports(file).map((spec) => `${relative(SRC, file)} → ${spec}`))
  expect(offenders).toEqual([])
})
