// `npm run bench`: figures, not pass/fail. Bundles each tests/bench/*.bench.ts and runs it;
// `npm run bench -- roster` runs only the files whose name contains "roster".
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const dir = 'tests/bench'
const only = process.argv[2] ?? ''
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(only))) {
  const out = join('dist/bench', file.replace(/\.ts$/, '.js'))
  await build({
    entryPoints: [join(dir, file)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'wx-server-sdk', 'exceljs'],
    logLevel: 'warning',
  })
  console.log(`\n== ${file}`)
  execFileSync(process.execPath, [out], { stdio: 'inherit' })
}

// Package sizes, from the last builds (a filtered run asked for one benchmark only).
if (!only) reportSizes()

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
