// The core imports only zod, dayjs (through time.ts) and itself: no Taro, no wx-server-sdk, no I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const CORE = join(__dirname, '../../src/core')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []))

test.each(files(CORE).map((f) => [relative(CORE, f), f]))('src/core/%s imports only the allowed modules', (name, file) => {
  const imports = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!)
  for (const spec of imports) {
    const allowed = spec.startsWith('.') || spec === 'zod' || (name === 'time.ts' && spec.startsWith('dayjs'))
    expect({ file: name, import: spec, allowed }).toEqual({ file: name, import: spec, allowed: true })
  }
})

test('the core has no use of process, require, fetch or Date.now', () => {
  for (const file of files(CORE)) {
    const src = readFileSync(file, 'utf8')
    expect({ file, hit: /\bprocess\.|\brequire\(|\bfetch\(|Date\.now\(\)|new Date\(\)/.exec(src)?.[0] ?? null }).toEqual({ file, hit: null })
  }
})
