// Bundle each cloudfunctions/<fn>/index.ts with the core it uses into dist/cloudfunctions/<fn>/:
// index.js (node16, the WeChat cloud runtime), package.json pinning wx-server-sdk, config.json.
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createRequire } from 'node:module'

const SDK_VERSION = '4.0.2'
const SRC = 'cloudfunctions'
const OUT = 'dist/cloudfunctions'
// Local-only code must never reach a cloud bundle.
const FORBIDDEN = [
  /node_modules[\\/]better-sqlite3/,
  /src[\\/]adapters[\\/]sqlite/,
  /src[\\/]adapters[\\/]local-files/,
  /src[\\/]server[\\/]/,
]

// Heavy libraries only in the functions that need them (exceljs: ~1.2 MB, roster import only).
const ONLY_IN = [{ pattern: /node_modules[\\/]exceljs[\\/]/, functions: ['imports', 'reports'] }]
// Native packages cannot be bundled: kept external and installed with the function (its package.json
// dependencies; WeChat's "上传并部署：云端安装依赖" installs them, with the linux-x64 prebuilt binary).
// @node-rs/jieba: the record's tone check (visits.toneCheck), ~3 MB installed, visits only.
const NATIVE = {
  '@node-rs/jieba': { version: createRequire(import.meta.url)('@node-rs/jieba/package.json').version, functions: ['visits'] },
}

const functions = readdirSync(SRC)
  .filter((name) => existsSync(join(SRC, name, 'index.ts')))
  .sort()
if (functions.length === 0) throw new Error(`no cloud functions found under ${SRC}/*/index.ts`)

rmSync(OUT, { recursive: true, force: true })
let failed = false
for (const fn of functions) {
  const dir = join(OUT, fn)
  mkdirSync(dir, { recursive: true })
  const result = await build({
    entryPoints: [join(SRC, fn, 'index.ts')],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk', ...Object.keys(NATIVE)],
    metafile: true,
    legalComments: 'none',
    // Names kept so stack traces in the cloud console stay readable.
    minify: true,
    keepNames: true,
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const bad = inputs.filter((input) => FORBIDDEN.some((re) => re.test(input)))
  if (bad.length) {
    console.error(`✗ ${fn}: local-only code in the bundle: ${bad.join(', ')}`)
    failed = true
  }
  for (const rule of ONLY_IN.filter((r) => !r.functions.includes(fn))) {
    const misplaced = inputs.filter((input) => rule.pattern.test(input))
    if (misplaced.length === 0) continue
    console.error(`✗ ${fn}: only ${rule.functions.join(', ')} may bundle ${misplaced[0]} (and ${misplaced.length - 1} more)`)
    failed = true
  }
  const dependencies = { 'wx-server-sdk': SDK_VERSION }
  const used = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
  for (const [name, native] of Object.entries(NATIVE)) {
    if (!used.some((path) => path === name || path.startsWith(name + '/'))) continue
    if (!native.functions.includes(fn)) {
      console.error(`✗ ${fn}: only ${native.functions.join(', ')} may use ${name}`)
      failed = true
    }
    dependencies[name] = native.version
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: fn, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2) + '\n',
  )
  const config = join(SRC, fn, 'config.json')
  if (existsSync(config)) copyFileSync(config, join(dir, 'config.json'))
  else console.warn(`! ${fn}: no config.json (default 3 s timeout, no openapi permissions)`)
  const kb = (statSync(join(dir, 'index.js')).size / 1024).toFixed(1)
  console.log(`云函数 ${fn}: ${relative('.', join(dir, 'index.js'))} ${kb} KB`)
}
if (failed) process.exit(1)
