// District benchmark (figures, not pass/fail): a generated district (50 schools, 40,000 students…)
// served by the real local server in its own process, loaded over HTTP by 50 keep-alive clients, each
// request as a different real user. `--quick` (or JF_BENCH_QUICK=1): a tenth of the district, short runs.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { FULL_DISTRICT, QUICK_DISTRICT } from '../../src/server/seed/district'
import { signSession } from '../../src/server/session'
import { freshPairs, readCases, type Case } from './district/cases'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'
import { apiRequest, KeepAliveClient } from './district/client'
import { runPairs, runReads, type Timing } from './district/load'
import { figures, printTable, type ActionFigures } from './district/report'
import { serveBench, type Profile, type ServerStart, type ServerStats } from './district/server-role'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const SECRET = 'bench-session-secret'
const CLIENTS = 50
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'
const timing: Timing = quick ? { warmMs: 300, measureMs: 1200 } : { warmMs: 1000, measureMs: 6000 }

type SchedulerRun = { ms: number; longestSliceMs: number }
type Ask = <T>(kind: string, extra?: Record<string, unknown>) => Promise<T>

function startServer(start: ServerStart): Promise<{ child: ChildProcess; ask: Ask; port: number }> {
  const child = fork(__filename, [], { env: { ...process.env, JF_BENCH_ROLE: 'server', JF_BENCH_START: JSON.stringify(start) } })
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let seq = 0
  child.on('message', (m: { id: number; value?: unknown; error?: string }) => {
    const p = pending.get(m.id)
    pending.delete(m.id)
    if (m.error) p?.reject(new Error(m.error))
    else p?.resolve(m.value)
  })
  const ask: Ask = (kind, extra = {}) =>
    new Promise((resolve, reject) => {
      const id = ++seq
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      child.send({ id, kind, ...extra })
    })
  return new Promise((resolve, reject) => {
    pending.set(0, { resolve: (v) => resolve({ child, ask, port: (v as { port: number }).port }), reject })
    child.on('exit', (code) => code && reject(new Error(`bench server exited with ${code}`)))
  })
}

async function main() {
  const log = (line: string) => console.log(line)
  const district = await ensureDistrict(quick ? 'quick' : 'full', quick ? QUICK_DISTRICT : FULL_DISTRICT, NOW, log)
  const m = district.manifest
  const work = mkdtempSync(join(tmpdir(), 'jf-district-'))
  const { ask, port } = await startServer({
    dbPath: workingCopy(district.dbPath, work),
    now: NOW.toISOString(),
    secret: SECRET,
    key: BENCH_KEY,
  })
  // `--only=<text>`: only the read actions whose label contains it (`--only=none`: the write pairs alone).
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)
  const cases = readCases(m).filter((c) => !only || c.label.includes(only))
  const pairs = freshPairs(m)
  const token = new Map<string, string>()
  const tokenOf = (userId: string) => token.get(userId) ?? (token.set(userId, signSession(userId, SECRET)), token.get(userId)!)

  log(
    `\n学区：${m.size.schools} 所学校，${m.size.students} 名学生，${m.size.families} 个家庭，${m.size.visits} 次家访（数据库 ${district.sizeMB.toFixed(0)} MB，${district.generatedMs === null ? '使用缓存' : `生成 ${(district.generatedMs / 1e3).toFixed(1)} s`}）`,
  )
  const scheduler = [await ask<SchedulerRun>('scheduler'), await ask<SchedulerRun>('scheduler')]
  const run = (r: SchedulerRun) => `${r.ms.toFixed(0)} ms（最长一段 ${r.longestSliceMs.toFixed(1)} ms）`
  log(`提醒任务（scheduler）一次：首次 ${run(scheduler[0]!)}，再次 ${run(scheduler[1]!)}`)
  const loadPairs = pairs
    .slice(quick ? 30 : 90)
    .map((p) => ({ ...p, teacherToken: tokenOf(p.teacherUserId), parentToken: tokenOf(p.parentUserId) }))

  const clients = Array.from({ length: CLIENTS }, () => new KeepAliveClient(port))
  await Promise.all(clients.map((c) => c.open()))
  // Every connection carries one request before any figure is taken.
  await Promise.all(
    clients.map((c, i) => c.send(apiRequest(port, 'auth', { action: 'me' }, tokenOf(m.headTeachers[i % m.headTeachers.length]!.userId)))),
  )

  // The server's HTTP path and every handler warm before any figure is taken.
  for (const c of cases) await runReads(clients, requestsOf(c), { warmMs: quick ? 150 : 500, measureMs: 0 })
  // Handler ÷ floor on warm code and a warm page cache: measured cold, the first actions showed 3–5.
  const profiles = await ask<Profile[]>('profile', { cases, runs: quick ? 60 : 200 })
  const pairProfiles = await ask<Profile[]>('pairs', { pairs: pairs.slice(0, quick ? 30 : 90) })
  const rows: ActionFigures[] = []
  for (const c of cases) rows.push(await measure(c))
  function requestsOf(c: Case) {
    const requests = c.calls.map((call) => apiRequest(port, c.fn, { action: c.action, input: call.input }, tokenOf(call.userId)))
    return (i: number) => requests[i % requests.length]!
  }
  async function measure(c: Case): Promise<ActionFigures> {
    await ask('reset')
    const before = loadavg()[0]!
    const result = await runReads(clients, requestsOf(c), timing)
    const server = await ask<ServerStats>('stats')
    return figures(
      c.label,
      c.group,
      result,
      profiles.find((p) => p.label === c.label),
      [before, loadavg()[0]!],
      server,
    )
  }
  await ask('reset')
  const before = loadavg()[0]!
  const written = await runPairs(clients, port, loadPairs, quick ? { warmMs: 200, measureMs: 1000 } : timing)
  const server = await ask<ServerStats>('stats')
  const load: [number, number] = [before, loadavg()[0]!]
  // The server's CPU time covers both requests of a pair: it is shown per pair only.
  const split = { ...server, cpuMs: NaN }
  rows.push(figures('visits.propose', 'write', written.proposals, pairProfiles[0], load, split))
  rows.push(figures('visits.respond (accept)', 'write', written.accepts, pairProfiles[1], load, split))
  rows.push(figures('propose + accept (pairs)', 'write', written.pairs, undefined, load, server))
  clients.forEach((c) => c.close())
  const final = await ask<ServerStats>('stats')
  await ask('stop')
  rmSync(work, { recursive: true, force: true })

  log(
    `\n${CLIENTS} 个长连接客户端，每个动作 ${(timing.measureMs / 1e3).toFixed(1)} s（预热 ${(timing.warmMs / 1e3).toFixed(1)} s）；毫秒；handler/floor 为进程内中位数（floor = SQLite 执行语句的时间）`,
  )
  printTable(rows)
  if (written.exhausted) log('（注意：新家庭已用完，propose + accept 的时长短于设定）')
  const reopened = clients.reduce((n, c) => n + c.reopened, 0)
  log(`服务器内存：峰值 RSS ${final.maxRssMB.toFixed(0)} MB；事件循环最长阻塞 ${final.loopMaxMs.toFixed(1)} ms；测量中重连 ${reopened} 次`)
  const restarts = final.logRestarts
  log(`预写日志（WAL）在服务器线程上重启 ${restarts.count} 次，最长 ${restarts.longestMs.toFixed(1)} ms`)
  const out = quick ? 'dist/bench/district-quick.json' : 'dist/bench/district.json'
  mkdirSync('dist/bench', { recursive: true })
  const machine = { cpus: (await import('node:os')).cpus().length, node: process.version }
  writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        quick,
        machine,
        size: m.size,
        counts: m.counts,
        database: { sizeMB: district.sizeMB, generatedMs: district.generatedMs },
        scheduler,
        actions: rows,
      },
      null,
      2,
    ),
  )
  log(`已写入 ${out}`)
}

if (process.env.JF_BENCH_ROLE === 'server') serveBench(JSON.parse(process.env.JF_BENCH_START!) as ServerStart).catch(fail)
else main().catch(fail)

function fail(e: unknown) {
  console.error(e)
  process.exit(1)
}
