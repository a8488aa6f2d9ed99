// Benchmark (not a test): how fast the scheduler drains a backlog of notifications, and the longest
// time it holds the local server's only thread at once. A class-wide proposal round leaves thousands of
// outbox items; a week of writes leaves thousands of stored answers to purge; a district's year of
// visits (~100 a day) is what the reminder query must find tomorrow's visits in.
// `npm run bench -- outbox` runs just this one.
import { mkdtempSync, readFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { outboxDoc } from '../../src/api/notify/outbox'
import { runScheduler } from '../../src/api/scheduler'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import type { Notifier } from '../../src/core/ports/notifier'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { buildOption, buildScheduled } from '../support/builders'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const ITEMS = 5_000
const OLD_REPLAYS = 5_000
/** Visits over 200 days around now: ~100 start each day, so ~100 need reminders. */
const VISITS = 20_000
/** How often the local server runs the job (src/server/main.ts). */
const INTERVAL_S = 15

/** The WeChat push stands in as an instant success: the figures are the job's own cost. */
const pushes: string[] = []
const notifier: Notifier = { idempotent: true, send: async (m) => (pushes.push(m.outboxId), { ok: true }) }

async function idsOf(store: DocStore, coll: 'users' | 'students'): Promise<string[]> {
  const ids: string[] = []
  for (let skip = 0; ; skip += 100) {
    const page = await store.find(coll, { limit: 100, skip })
    ids.push(...page.map((u) => u._id))
    if (page.length < 100) return ids
  }
}

/** Past visits done, coming ones agreed: each with a demo teacher account and a demo child (and so its guardians). */
function visits(users: string[], students: string[]): WriteOp[] {
  const DAY = 24 * 3600e3
  return Array.from({ length: VISITS }, (_, i) => {
    const startAt = new Date(NOW.getTime() - 100 * DAY + (i * 200 * DAY) / VISITS).toISOString()
    const option = buildOption({ id: 'o-1', startAt, endAt: new Date(Date.parse(startAt) + 3600e3).toISOString() })
    const base = buildScheduled()
    const { _v, ...doc } = buildScheduled({
      _id: `vis-bench-${i}`,
      teacherUserId: users[i % users.length]!,
      studentIds: [students[i % students.length]!],
      status: startAt < NOW.toISOString() ? 'completed' : 'scheduled',
      startAt,
      agreed: { ...base.agreed!, option },
    })
    return { kind: 'insert', coll: 'visits', doc }
  })
}

/** A backlog as a proposal round leaves it: every user some items, half of them with credits. */
async function fill(store: DocStore) {
  const users = await idsOf(store, 'users')
  const ops: WriteOp[] = visits(users, await idsOf(store, 'students'))
  for (let i = 0; i < ITEMS; i++) {
    const due = new Date(NOW.getTime() - 3600e3 + i * 500).toISOString()
    ops.push({
      kind: 'insert',
      coll: 'outbox',
      doc: outboxDoc(`obx-bench-${i}`, users[i % users.length]!, `vis-bench-${i}`, 'proposal', null, due),
    })
  }
  users.forEach((userId, i) => {
    if (i % 2 === 0)
      ops.push({
        kind: 'insert',
        coll: 'credits',
        doc: { _id: `${userId}:visit_proposal`, userId, key: 'visit_proposal', n: 1_000, updatedAt: NOW.toISOString() },
      })
  })
  for (let i = 0; i < 2 * OLD_REPLAYS; i++) {
    const at = new Date(NOW.getTime() - (i < OLD_REPLAYS ? 8 : 1) * 24 * 3600e3).toISOString()
    ops.push({ kind: 'insert', coll: 'requests', doc: { _id: `usr-x:visits.respond:${i}`, at, result: { ok: true, data: {} } } })
  }
  const r = await store.batch(ops)
  if (!r.ok) throw new Error('fill failed')
}

/** The server thread's own time on a core, in ms (Linux: the scheduler's count for this thread alone; elsewhere the process's). */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    const c = process.cpuUsage()
    return (c.user + c.system) / 1e3
  }
}

/**
 * The longest stretch the thread was busy without reaching the event loop's check phase: a request
 * arriving then waits that long. Between job runs the bench yields as the server's timer does.
 * Wall time on a shared machine also counts the waits for a core, so the thread's own CPU time of the
 * same stretch is reported beside it: what the stretch would take on an idle machine.
 */
function blockingProbe() {
  let last = performance.now()
  let lastCpu = threadCpuMs()
  const gaps: Array<{ wall: number; cpu: number }> = []
  let on = true
  const tick = () => {
    const t = performance.now()
    const c = threadCpuMs()
    gaps.push({ wall: t - last, cpu: c - lastCpu })
    last = t
    lastCpu = c
    if (on) setImmediate(tick)
  }
  setImmediate(tick)
  return () => {
    on = false
    const busy = gaps.filter((g) => g.cpu >= 1).map((g) => g.cpu)
    busy.sort((a, b) => a - b)
    const max = (k: 'wall' | 'cpu') => Math.max(...gaps.map((g) => g[k]))
    // The longest is usually a process's first slice, which also compiles code and schemas on first use.
    const nextCpu = busy.at(-2) ?? 0
    return { wall: max('wall'), cpu: max('cpu'), nextCpu, typicalCpu: busy[Math.floor(busy.length / 2)] ?? 0, blocks: busy.length }
  }
}
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

async function main() {
  const engine = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'jf-bench-')), 'bench.db'))
  const store = new SealedStore(engine, createFieldCipher(createKeyRing('ab'.repeat(32))))
  await seedDemoIfEmpty(store, NOW)
  await fill(store)

  const stopProbe = blockingProbe()
  const durations: number[] = []
  let purged = 0
  let enqueued = 0
  for (;;) {
    await nextTurn()
    const start = performance.now()
    const stats = await runScheduler({ store, notifier }, NOW)
    const busy = stats.sent + stats.noCredit + stats.purged > 0
    if (busy) durations.push((performance.now() - start) / 1e3)
    purged += stats.purged
    enqueued += stats.enqueued
    if (!busy) break
  }
  await nextTurn()
  const longest = stopProbe()
  // Every item handled: sent, or recorded as without credit (or as skipped).
  const done = await store.count('outbox', { status: { ne: 'pending' } })
  const seconds = durations.reduce((a, b) => a + b, 0)
  // The server starts a run on each tick, skipping ticks while one is still going.
  const scheduled = durations.reduce((sum, d, i) => sum + (i < durations.length - 1 ? Math.ceil(d / INTERVAL_S) * INTERVAL_S : d), 0)
  console.log(`\n通知发送队列：${ITEMS} 条（一半用户有订阅额度），${OLD_REPLAYS} 条过期的重放记录，${VISITS} 次家访（明天约 100 次）`)
  console.log(
    `job runs to drain: ${durations.length} (${(done / durations.length).toFixed(0)} items per run), WeChat pushes: ${pushes.length}, reminders queued: ${enqueued}, replays purged: ${purged}`,
  )
  console.log(`drained as the server schedules it (a run every ${INTERVAL_S} s): ${(done / scheduled).toFixed(1)} items/s`)
  console.log(`drained back to back (the job's own speed): ${(done / seconds).toFixed(0)} items/s (${seconds.toFixed(2)} s)`)
  console.log(
    `longest single block of the server's thread: ${longest.wall.toFixed(1)} ms wall, ${longest.cpu.toFixed(1)} ms of the thread's CPU (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  )
  console.log(
    `stretches of 1 ms CPU or more: ${longest.blocks}, the next longest ${longest.nextCpu.toFixed(1)} ms CPU, median ${longest.typicalCpu.toFixed(1)} ms CPU`,
  )
  engine.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
