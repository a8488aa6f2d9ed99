// Warm in-process timings for a few district actions, one request at a time on one thread: the figure
// that moves least when other work shares the machine. Uses the district the benchmark cached (run
// `npm run bench -- district --quick` once first), on a private copy. Run:
//   npx esbuild tests/bench/district/warm.ts --bundle --platform=node --outfile=dist/bench/warm.js \
//     --external:better-sqlite3 --external:wx-server-sdk --external:exceljs --external:@node-rs/jieba
//   node [--cpu-prof] dist/bench/warm.js [quick|full] [N] [label…]
// JF_WARM_OUT=1 adds each answer's JSON size and JSON.stringify time (the server's share not timed here).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../../src/api/dispatch'
import { createLocalNotifier } from '../../../src/api/notify/local-notifier'
import { ROUTES } from '../../../src/api/routes'
import type { DistrictManifest } from '../../../src/server/seed/district'
import { BENCH_KEY, workingCopy } from './cache'
import { readCases } from './cases'

const [name = 'quick', n = '2000', ...labels] = process.argv.slice(2)
const N = Number(n)
const wanted = labels.length ? labels : ['roster.classStudents', 'visits.myAgenda', 'privacy.familyProfile']

async function main() {
  const cached = readdirSync('dist/bench/cache').find((f) => f.startsWith(`${name}-`) && f.endsWith('.db'))
  if (!cached) throw new Error(`no cached ${name} district: run the district bench first`)
  const manifest = JSON.parse(readFileSync(join('dist/bench/cache', `${cached}.json`), 'utf8')) as DistrictManifest
  const work = mkdtempSync(join(tmpdir(), 'jf-warm-'))
  const engine = new SqliteStore(workingCopy(join('dist/bench/cache', cached), work))
  const ring = createKeyRing(BENCH_KEY)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const deps = { store, files: createDiskStorage(join(work, 'files'), ring), notifier: createLocalNotifier() }
  const now = new Date(manifest.now)
  const perStatement = process.env.JF_WARM_STATEMENTS ? timeStatements(engine) : null
  // e.g. JF_WARM_PRAGMA='cache_size = -65536;mmap_size = 268435456': what the engine's settings are worth.
  for (const p of (process.env.JF_WARM_PRAGMA ?? '').split(';').filter(Boolean)) {
    ;(engine as unknown as { db: { pragma(s: string): unknown } }).db.pragma(p)
  }
  for (const c of readCases(manifest).filter((c) => wanted.includes(c.label))) {
    const run = async (i: number) => {
      const call = c.calls[i % c.calls.length]!
      const res = await dispatch(c.fn, { action: c.action, input: call.input }, { kind: 'user', userId: call.userId }, deps, {
        routes: ROUTES,
        now,
      })
      if (!res.ok) throw new Error(`${c.label}: ${JSON.stringify(res)}`)
      return res
    }
    for (let i = 0; i < N / 2; i++) await run(i)
    const ns: number[] = []
    const profile = (engine.profile = { ns: 0, statements: 0 })
    const trips = store.roundTrips
    const cpu = process.cpuUsage()
    for (let i = 0; i < N; i++) {
      const t = process.hrtime.bigint()
      await run(i)
      ns.push(Number(process.hrtime.bigint() - t))
    }
    const used = process.cpuUsage(cpu)
    engine.profile = null
    if (perStatement) printStatements(perStatement, N)
    ns.sort((a, b) => a - b)
    const us = (x: number) => (x / 1e3).toFixed(0).padStart(6)
    const total = ns.reduce((a, b) => a + b, 0)
    console.log(
      `${c.label.padEnd(24)} p25 ${us(ns[N >> 2]!)} µs  median ${us(ns[N >> 1]!)}  mean ${us(total / N)}  cpu ${us(((used.user + used.system) * 1e3) / N)}  floor ${us(profile.ns / N)}  h÷f ${(total / profile.ns).toFixed(2)}  trips ${((store.roundTrips - trips) / N).toFixed(1)}  statements ${(profile.statements / N).toFixed(1)}`,
    )
    if (process.env.JF_WARM_OUT) await printOutput(run, N)
  }
  engine.close()
  rmSync(work, { recursive: true, force: true })
}

type Timed = Map<string, { ns: number; calls: number; rows: number }>

/** Time spent in each distinct statement (in-lists folded), to see which read costs what. */
function timeStatements(engine: SqliteStore): Timed {
  const timed: Timed = new Map()
  const sql = (engine as unknown as { sql: { exec: (m: string, s: string, p: unknown[]) => unknown } }).sql
  const exec = sql.exec.bind(sql)
  sql.exec = (mode, text, params) => {
    const t = process.hrtime.bigint()
    const out = exec(mode, text, params)
    const key = text.replace(/\?(,\?)+/g, '?…')
    const e = timed.get(key) ?? { ns: 0, calls: 0, rows: 0 }
    e.ns += Number(process.hrtime.bigint() - t)
    e.calls++
    e.rows += Array.isArray(out) ? out.length : 1
    timed.set(key, e)
    return out
  }
  return timed
}

/** What the HTTP layer adds per answer and the lists' contract trims: its JSON size and JSON.stringify time. */
async function printOutput(run: (i: number) => Promise<unknown>, n: number) {
  let bytes = 0
  let ns = 0
  for (let i = 0; i < n; i++) {
    const res = await run(i)
    const t = process.hrtime.bigint()
    bytes += JSON.stringify(res).length
    ns += Number(process.hrtime.bigint() - t)
  }
  console.log(`  answer ${(bytes / n / 1024).toFixed(1)} K chars, JSON.stringify ${(ns / 1e3 / n).toFixed(1)} µs`)
}

function printStatements(timed: Timed, n: number) {
  for (const [key, e] of [...timed].sort((a, b) => b[1].ns - a[1].ns)) {
    console.log(
      `  ${(e.ns / 1e3 / n).toFixed(0).padStart(5)} µs/req  ${(e.calls / n).toFixed(1)} calls  ${(e.rows / e.calls).toFixed(1)} rows  ${key.slice(0, 160)}`,
    )
  }
  timed.clear()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
