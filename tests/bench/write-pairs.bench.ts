// Warm in-process figures for the district's write path (issue 9): propose + accept, one pair after
// another on one thread over a private copy of the quick district, as the district bench's server does.
// Per pair: wall time, the server's CPU time, SQLite's own time (the floor), round trips, statements.
// Rounds: the first warms the code; each later one starts from a fresh copy of the cached district.
// Run under `node --cpu-prof dist/bench/write-pairs.bench.js` for a profile of the same loop.
// JF_BENCH_WAL=1: per collection, the statements, commits and write-ahead log pages of a pair (the log
// is then held whole for the round, so its timings are not the server's).
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir, loadavg } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { ROUTES } from '../../src/api/routes'
import { QUICK_DISTRICT } from '../../src/server/seed/district'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'
import { freshPairs, type FreshPair } from './district/cases'
import { holdLog, loggedPages, printLogTally } from './district/wal-pages'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const ROUNDS = Number(process.env.JF_BENCH_ROUNDS ?? 4)
/** Pairs per round (at most the quick district's fresh families): short rounds, many of them, for a minimum on a busy machine. */
const PAIRS = Number(process.env.JF_BENCH_PAIRS ?? Infinity)
/** Pairs in flight at once (JF_BENCH_LANES): 1, one after another; more, as concurrent clients. */
const LANES = Number(process.env.JF_BENCH_LANES ?? 1)

type Tally = {
  pairs: number
  ns: number
  floorNs: number
  statements: number
  trips: [number, number]
  errors: number
  cpuUs: number
  sysUs: number
  walMB: number
  slowest: string
}

async function round(dbPath: string, pairs: FreshPair[]): Promise<Tally> {
  const work = mkdtempSync(join(tmpdir(), 'jf-write-pairs-'))
  const file = workingCopy(dbPath, work)
  const engine = new SqliteStore(file)
  const ring = createKeyRing(BENCH_KEY)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const deps = { store, files: createDiskStorage(join(work, 'files'), ring), notifier: createLocalNotifier() }
  const tally: Tally = { pairs: 0, ns: 0, floorNs: 0, statements: 0, trips: [0, 0], errors: 0, cpuUs: 0, sysUs: 0, walMB: 0, slowest: '' }
  const profile = (engine.profile = {
    ns: 0,
    statements: 0,
    bySql: new Map<string, { n: number; ns: number }>(),
    slowest: { ns: 0, sql: '' },
  })
  const call = async (action: string, userId: string, input: unknown, requestId: string, side: 0 | 1) => {
    const trips = store.roundTrips
    const res = await dispatch('visits', { action, input, requestId }, { kind: 'user', userId }, deps, { routes: ROUTES, now: NOW })
    tally.trips[side] = store.roundTrips - trips
    if (!res.ok) tally.errors++
    return res
  }
  const log = process.env.JF_BENCH_WAL ? holdLog(file) : null
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const onePair = async (p: FreshPair, i: number) => {
    const option = { startAt: p.startAt, endAt: p.endAt, format: 'home', place: null }
    const proposed = await call('propose', p.teacherUserId, { studentId: p.studentId, topic: '学期家访', options: [option] }, `wp-${i}`, 0)
    if (!proposed.ok) return
    const v = proposed.data as { visitId: string; version: number; options: Array<{ id: string }> }
    const command = { kind: 'accept', optionId: v.options[0]!.id }
    const accepted = await call('respond', p.parentUserId, { visitId: v.visitId, version: v.version, command }, `wa-${i}`, 1)
    if (accepted.ok) tally.pairs++
  }
  // Lanes run side by side, as the server's clients do (round trips per action are then not per request).
  const lane = async (first: number) => {
    for (let i = first; i < pairs.length; i += LANES) await onePair(pairs[i]!, i)
  }
  await Promise.all(Array.from({ length: LANES }, (_, l) => lane(l)))
  tally.ns = Number(process.hrtime.bigint() - start)
  const used = process.cpuUsage(cpu)
  tally.cpuUs = used.user + used.system
  tally.sysUs = used.system
  tally.floorNs = profile.ns
  tally.statements = profile.statements
  tally.slowest = `${(profile.slowest.ns / 1e6).toFixed(1)} ms ${profile.slowest.sql.slice(0, 24)}; log restarted ${engine.logRestarts.count}× (longest ${engine.logRestarts.longestMs.toFixed(1)} ms)`
  if (process.env.JF_BENCH_SQL) printStatements(profile.bySql, tally.pairs)
  if (log) printLogTally(loggedPages(log), profile.bySql, tally.pairs)
  engine.profile = null
  // The log's high-water mark: what the checkpoints had to copy back, and how far it grew between them.
  tally.walMB = statSync(`${file}-wal`).size / 1e6
  engine.close()
  rmSync(work, { recursive: true, force: true })
  return tally
}

/** JF_BENCH_SQL=1: where SQLite's time goes, statement by statement (µs per pair). */
function printStatements(bySql: Map<string, { n: number; ns: number }>, pairs: number) {
  const rows = [...bySql].sort((a, b) => b[1].ns - a[1].ns).slice(0, 25)
  for (const [sql, s] of rows)
    console.log(`${(s.ns / 1e3 / pairs).toFixed(0).padStart(6)} µs ${(s.n / pairs).toFixed(1).padStart(5)}×  ${sql.slice(0, 150)}`)
}

async function main() {
  const district = await ensureDistrict('quick', QUICK_DISTRICT, NOW, console.log)
  const pairs = freshPairs(district.manifest).slice(0, PAIRS)
  console.log(
    `进程内 propose + accept：每轮 ${pairs.length} 对（快速学区的新家庭），共 ${ROUNDS} 轮，第一轮预热；负载 ${loadavg()[0]!.toFixed(1)}`,
  )
  console.log('round  pairs  µs/pair  cpu µs/pair  floor µs/pair  h÷f   statements/pair  trips p+a  errors')
  const cpu: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t = await round(district.dbPath, pairs)
    if (r > 0) cpu.push(t.cpuUs / Math.max(1, t.pairs))
    const per = (x: number) => (x / Math.max(1, t.pairs)).toFixed(0).padStart(8)
    console.log(
      `${r === 0 ? 'warm ' : String(r).padEnd(5)}  ${String(t.pairs).padStart(5)}  ${per(t.ns / 1e3)}  ${per(t.cpuUs)}     ${per(t.floorNs / 1e3)}     ${(t.ns / Math.max(1, t.floorNs)).toFixed(2)}  ${(t.statements / Math.max(1, t.pairs)).toFixed(1).padStart(8)}          ${t.trips.join('+').padStart(5)}  ${t.errors}  sys ${per(t.sysUs).trim()}  WAL ${t.walMB.toFixed(1)} MB  slowest ${t.slowest}`,
    )
  }
  cpu.sort((a, b) => a - b)
  const at = (q: number) => cpu[Math.floor(q * (cpu.length - 1))]?.toFixed(0)
  console.log(`cpu µs/pair（预热后各轮）：最小 ${at(0)}，中位 ${at(0.5)}；负载 ${loadavg()[0]!.toFixed(1)}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
