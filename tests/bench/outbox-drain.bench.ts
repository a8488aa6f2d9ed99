// Benchmark (not a test): how fast the scheduler drains a backlog of notifications, and the longest
// time it holds the local server's only thread at once. A class-wide proposal round leaves thousands of
// outbox items; a week of writes leaves thousands of stored answers to purge.
// `npm run bench -- outbox` runs just this one.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

const NOW = new Date('2026-12-01T02:00:00.000Z')
const ITEMS = 5_000
const OLD_REPLAYS = 5_000
/** How often the local server runs the job (src/server/main.ts). */
const INTERVAL_S = 60

/** The WeChat push stands in as an instant success: the figures are the job's own cost. */
const pushes: string[] = []
const notifier: Notifier = { idempotent: true, send: async (m) => (pushes.push(m.outboxId), { ok: true }) }

async function userIds(store: DocStore): Promise<string[]> {
  const ids: string[] = []
  for (let skip = 0; ; skip += 100) {
    const page = await store.find('users', { limit: 100, skip })
    ids.push(...page.map((u) => u._id))
    if (page.length < 100) return ids
  }
}

/** A backlog as a proposal round leaves it: every user some items, half of them with credits. */
async function fill(store: DocStore) {
  const users = await userIds(store)
  const ops: WriteOp[] = []
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

/**
 * The longest stretch the thread was busy without reaching the event loop's check phase: a request
 * arriving then waits that long. Between job runs the bench yields as the server's timer does.
 */
function blockingProbe() {
  let last = performance.now()
  let max = 0
  let on = true
  const tick = () => {
    const t = performance.now()
    max = Math.max(max, t - last)
    last = t
    if (on) setImmediate(tick)
  }
  setImmediate(tick)
  return () => ((on = false), max)
}
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

async function main() {
  const engine = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'jf-bench-')), 'bench.db'))
  const store = new SealedStore(engine, createFieldCipher(createKeyRing('ab'.repeat(32))))
  await seedDemoIfEmpty(store, NOW)
  await fill(store)

  const stopProbe = blockingProbe()
  const start = process.hrtime.bigint()
  let runs = 0
  let purged = 0
  for (;;) {
    await nextTurn()
    const stats = await runScheduler({ store, notifier }, NOW)
    runs++
    purged += stats.purged
    if ((await store.count('outbox', { status: 'pending' })) === 0 && stats.purged === 0) break
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  await nextTurn()
  const longest = stopProbe()
  const done = ITEMS - (await store.count('outbox', { status: 'pending' }))
  const perRun = done / runs
  console.log(`\n通知发送队列：${ITEMS} 条（一半用户有订阅额度），另有 ${OLD_REPLAYS} 条过期的重放记录`)
  console.log(`job runs to drain: ${runs} (${perRun.toFixed(0)} items per run), WeChat pushes: ${pushes.length}, replays purged: ${purged}`)
  console.log(`drained as the server schedules it (a run every ${INTERVAL_S} s): ${(perRun / INTERVAL_S).toFixed(1)} items/s`)
  console.log(`drained back to back (the job's own speed): ${(done / seconds).toFixed(0)} items/s (${seconds.toFixed(2)} s)`)
  console.log(`longest single block of the server's thread: ${longest.toFixed(1)} ms`)
  engine.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
