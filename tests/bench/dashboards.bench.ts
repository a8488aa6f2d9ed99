// School dashboard benchmark (figures, not pass/fail). (1) p95 of reports.schoolDashboard with 20
// concurrent keep-alive clients over HTTP against the real local server on the generated district
// (`--quick`: a tenth of it), each request a different school's principal; beside it the time SQLite
// itself spent on the same grouped counts (the floor); counted afresh for every request, and as a
// principal mostly gets it, kept while nothing was written that minute. (2) Database round trips per request on one
// school at 1× and at 10× its families and visits: they must be equal. Target (issue 14): p95 ≤ 100 ms.
// Client and server share this process (the district bench forks; here the load is light).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { ROUTES } from '../../src/api/routes'
import { createLocalServer } from '../../src/server/http-server'
import { FULL_DISTRICT, QUICK_DISTRICT, type DistrictSize } from '../../src/server/seed/district'
import { signSession } from '../../src/server/session'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'
import { apiRequest, KeepAliveClient } from './district/client'
import { percentile, runReads } from './district/load'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const SECRET = 'bench-session-secret'
const CLIENTS = 20
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'
const SCHOOL: DistrictSize = { schools: 1, students: 400, families: 360, staff: 30, parentsOnWeChat: 300, visits: 600 }
const times10 = (s: DistrictSize): DistrictSize => ({
  ...s,
  students: s.students * 10,
  families: s.families * 10,
  staff: s.staff * 10,
  parentsOnWeChat: s.parentsOnWeChat * 10,
  visits: s.visits * 10,
})

async function open(name: string, size: DistrictSize) {
  const district = await ensureDistrict(name, size, NOW, console.log)
  const dir = mkdtempSync(join(tmpdir(), 'jf-dash-bench-'))
  const engine = new SqliteStore(workingCopy(district.dbPath, dir))
  const ring = createKeyRing(BENCH_KEY)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const deps = { store, files: createDiskStorage(join(dir, 'files'), ring), notifier: createLocalNotifier() }
  /** One dashboard in-process: its round trips, its time and SQLite's own time. */
  const once = async (userId: string, now = NOW) => {
    const profile = (engine.profile = { ns: 0, statements: 0 })
    const trips = store.roundTrips
    const t = process.hrtime.bigint()
    const res = await dispatch('reports', { action: 'schoolDashboard', input: {} }, { kind: 'user', userId }, deps, {
      routes: ROUTES,
      now,
    })
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    engine.profile = null
    if (!res.ok) throw new Error(`schoolDashboard: ${res.error.code} ${res.error.message}`)
    return { ms, floorMs: profile.ns / 1e6, statements: profile.statements, trips: store.roundTrips - trips }
  }
  const close = () => (engine.close(), rmSync(dir, { recursive: true, force: true }))
  return { m: district.manifest, store, deps, once, close }
}

async function roundTrips() {
  const out: string[] = []
  for (const [label, size] of [
    ['1×（1 所学校，400 名学生）', SCHOOL] as const,
    ['10×（1 所学校，4,000 名学生）', times10(SCHOOL)] as const,
  ]) {
    const d = await open(`dash-${size.students}`, size)
    await d.once(d.m.principals[0]!)
    // A minute later: the kept answer is stale, so this one counts everything again.
    const r = await d.once(d.m.principals[0]!, minutesAfter(1))
    out.push(`| ${label} | ${r.trips} | ${r.statements} | ${r.ms.toFixed(1)} | ${r.floorMs.toFixed(1)} |`)
    d.close()
  }
  console.log('\n| 数据规模 | 往返次数 | SQL 语句 | 单次 ms | 其中 SQLite ms |\n|---|---|---|---|---|')
  out.forEach((l) => console.log(l))
}

const minutesAfter = (n: number) => new Date(NOW.getTime() + n * 60_000)

async function concurrent() {
  const d = await open(quick ? 'quick' : 'full', quick ? QUICK_DISTRICT : FULL_DISTRICT)
  const principals = d.m.principals
  // A district generated before `special_members` existed gets each school's document on its first read: not measured.
  for (const p of principals) await d.once(p)
  const floors: number[] = []
  for (let i = 0; i < principals.length * 3; i++)
    floors.push((await d.once(principals[i % principals.length]!, minutesAfter(i + 1))).floorMs)
  floors.sort((a, b) => a - b)
  console.log(`\n学区：${d.m.size.schools} 所学校，${d.m.size.students} 名学生，${d.m.size.visits} 次家访；${CLIENTS} 个并发 HTTP 客户端`)
  console.log('| 操作 | 请求数 | 错误 | p50 ms | p95 ms | SQLite 分组计数（下限）p50 / p95 ms |\n|---|---|---|---|---|---|')
  // Kept answers (nothing written, same minute) and counted every time (each request a minute later).
  let tick = 0
  for (const [label, clock] of [
    ['reports.schoolDashboard（校长，每次重新统计）', () => minutesAfter(1_000 + tick++)],
    ['reports.schoolDashboard（校长，一分钟内无写入时沿用）', () => NOW],
  ] as const) {
    const r = await overHttp(d.deps, principals, clock)
    const lat = [...r.latencies].sort((a, b) => a - b)
    const floor = `${percentile(floors, 50).toFixed(1)} / ${percentile(floors, 95).toFixed(1)}`
    console.log(
      `| ${label} | ${r.requests} | ${r.errors} | ${percentile(lat, 50).toFixed(1)} | ${percentile(lat, 95).toFixed(1)} | ${floor} |`,
    )
    if (r.firstError) console.log(`first error: ${r.firstError}`)
  }
  d.close()
}

async function overHttp(deps: Awaited<ReturnType<typeof open>>['deps'], principals: readonly string[], clock: () => Date) {
  const server = createLocalServer({ ...deps, staticDir: '/nonexistent', secret: SECRET, clock })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const tokens = principals.map((p) => signSession(p, SECRET))
  const clients = Array.from({ length: CLIENTS }, () => new KeepAliveClient(port))
  await Promise.all(clients.map((c) => c.open()))
  const next = (i: number) => apiRequest(port, 'reports', { action: 'schoolDashboard', input: {} }, tokens[i % tokens.length]!)
  const r = await runReads(clients, next, quick ? { warmMs: 500, measureMs: 2000 } : { warmMs: 1500, measureMs: 6000 })
  clients.forEach((c) => c.close())
  await new Promise((resolve) => server.close(resolve))
  return r
}

async function main() {
  await roundTrips()
  await concurrent()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
