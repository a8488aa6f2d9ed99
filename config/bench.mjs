// `npm run bench`: figures, not pass/fail. Bundles each tests/bench/*.bench.ts and runs it.
// `npm run bench -- district` runs only the benches whose file name contains `district`;
// `--quick` is passed to each bench (the district bench then uses a tenth of the district) and skips
// the build-dependent figures (package sizes, H5 page).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const flags = args.filter((a) => a.startsWith('--'))
const only = args.filter((a) => !a.startsWith('--'))
const dir = 'tests/bench'
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((name) => f.includes(name))))
for (const file of benches) {
  const out = join('dist/bench', file.replace(/\.ts$/, '.js'))
  await build({
    entryPoints: [join(dir, file)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'wx-server-sdk', 'exceljs', '@node-rs/jieba', 'playwright-core', '@sparticuz/chromium'],
    logLevel: 'warning',
  })
  console.log(`\n== ${file}`)
  execFileSync(process.execPath, [out, ...flags], { stdio: 'inherit' })
}
if (only.length || flags.includes('--quick')) process.exit(0)

// Package sizes, from the last builds.
reportSizes()

function reportSizes() {
  if (existsSync('dist/weapp/app.json')) {
    console.log('\n== weapp package sizes (from the last `npm run build:weapp`)')
    execFileSync(process.execPath, ['config/report-size.mjs'], { stdio: 'inherit' })
  } else {
    console.log('\n(run `npm run build:weapp` first to include the mini-program package sizes)')
  }
  const cloud = 'dist/cloudfunctions'
  if (!existsSync(cloud)) return
  console.log('\n== cloud function bundles')
  for (const fn of readdirSync(cloud)) console.log(`${fn.padEnd(12)} ${(statSync(join(cloud, fn, 'index.js')).size / 1024).toFixed(1)} KB`)
}

console.log('\n== H5 parent home: bytes and time to first content (cold cache)')
execFileSync(process.execPath, ['config/bench-h5.mjs'], { stdio: 'inherit' })
