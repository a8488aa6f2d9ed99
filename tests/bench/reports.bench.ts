// Reports benchmark (issue 14; figures, not pass/fail) on the generated district (tests/bench/district):
// one school's report xlsx (a job polled to the end over HTTP), the district summary xlsx, the district
// dashboard with 20 concurrent clients over HTTP (p95) and its round trips at 1/10 and full size, and the
// floor: the dashboard's grouped counts straight on the SQLite engine. The dashboard is kept while nothing it
// counts is written (exact on the local engine), so the concurrent figure is mostly kept answers.
// Targets: school report ≤ 3 s; district summary ≤ 10 s; district dashboard p95 ≤ 500 ms.
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createExcelWorkbooks } from '../../src/adapters/xlsx/excel-workbooks'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { periodsAt, DEFAULT_CALENDAR } from '../../src/core/coverage/calendar'
import { CLAIM_STATES } from '../../src/core/coverage/rules'
import { createLocalServer } from '../../src/server/http-server'
import { signSession } from '../../src/server/session'
import { FULL_DISTRICT, QUICK_DISTRICT } from '../../src/server/seed/district'
import { apiRequest, KeepAliveClient, text } from './district/client'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'
import { percentile, runReads } from './district/load'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const SECRET = 'bench-secret'
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'

async function main() {
  const size = quick ? QUICK_DISTRICT : FULL_DISTRICT
  const district = await ensureDistrict(`coverage-${size.schools}`, size, NOW, console.log)
  const dir = mkdtempSync(join(tmpdir(), 'jf-reports-bench-'))
  const engine = new SqliteStore(workingCopy(district.dbPath, dir))
  const ring = createKeyRing(BENCH_KEY)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const files = createDiskStorage(join(dir, 'files'), ring)
  const workbooks = createExcelWorkbooks()
  const server = createLocalServer({
    store,
    files,
    notifier: createLocalNotifier(),
    workbooks,
    staticDir: dir,
    secret: SECRET,
    clock: () => NOW,
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const m = district.manifest
  const client = new KeepAliveClient(port)
  await client.open()
  const call = async (userId: string, action: string, input: unknown) => {
    const reply = await client.send(apiRequest(port, 'reports', { action, input }, signSession(userId, SECRET)))
    const body = JSON.parse(text(reply).slice(text(reply).indexOf('{'))) as {
      ok: boolean
      data: { jobId: string; state: string }
      error?: unknown
    }
    if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
    return body.data
  }
  const job = async (userId: string, kind: string) => {
    const t = performance.now()
    let j = await call(userId, 'startReport', { kind })
    let polls = 1
    for (; j.state === 'running'; polls++) j = await call(userId, 'reportJob', { jobId: j.jobId })
    return { ms: performance.now() - t, polls }
  }
  console.log(`\n${quick ? '学区 1/10' : '全学区'}：${m.principals.length} 所学校`)
  const school = [] as Array<{ ms: number; polls: number }>
  for (const p of m.principals.slice(0, 5)) school.push(await job(p, 'school'))
  console.log(`一所学校的报告 xlsx：${school.map((s) => `${s.ms.toFixed(0)} ms / ${s.polls} 次`).join('，')}（目标 ≤ 3000 ms）`)
  const summary = [await job(m.districtUsers[0]!, 'district'), await job(m.districtUsers[0]!, 'district')]
  console.log(`全区汇总表 xlsx：${summary.map((s) => `${s.ms.toFixed(0)} ms / ${s.polls} 次`).join('，')}（目标 ≤ 10000 ms）`)

  const before = store.roundTrips
  const t0 = performance.now()
  const res = await dispatch(
    'reports',
    { action: 'districtDashboard', input: {} },
    { kind: 'user', userId: m.districtUsers[0]! },
    { store, files },
    { routes: ROUTES, now: NOW },
  )
  if (!res.ok) throw new Error(JSON.stringify(res.error))
  console.log(`全区看板（未缓存，单次，进程内）：${(performance.now() - t0).toFixed(0)} ms，数据库往返 ${store.roundTrips - before}`)

  const clients = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const c = new KeepAliveClient(port)
      await c.open()
      return c
    }),
  )
  const token = signSession(m.districtUsers[0]!, SECRET)
  const load = await runReads(clients, () => apiRequest(port, 'reports', { action: 'districtDashboard', input: {} }, token), {
    warmMs: 1_000,
    measureMs: 6_000,
  })
  const lat = [...load.latencies].sort((a, b) => a - b)
  console.log(
    `全区看板（20 个并发）：${load.requests} 次，错误 ${load.errors}，p50 ${percentile(lat, 50).toFixed(0)} ms，p95 ${percentile(lat, 95).toFixed(0)} ms（目标 ≤ 500 ms）`,
  )

  // The floor: the same grouped counts straight on the engine (no route, no sealing layer, no HTTP).
  const schoolIds = (await engine.find('schools', { where: { districtId: m.districtId }, limit: 100 })).map((s) => s._id)
  const periods = periodsAt(DEFAULT_CALENDAR, NOW)
  const t = performance.now()
  for (const periodId of [periods.semester.id, periods.year.id])
    for (const state of CLAIM_STATES) engine.countBy('claims', 'schoolId', { schoolId: { in: schoolIds }, periodId, state })
  const claimsMs = performance.now() - t
  console.log(`原始分组计数（claims，按学校 × 8 次，SQLite 引擎）：${claimsMs.toFixed(1)} ms`)
  for (const c of [client, ...clients]) c.close()
  server.close()
  engine.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
