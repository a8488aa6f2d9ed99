// Surveys benchmark (figures, not pass/fail), in process on SQLite behind the sealing layer over the
// generated district (`--quick`: a tenth): 10,000 questionnaires fall due at once (district scale);
// scheduler runs send them in slices until none is left, each run's time and count reported (target:
// each run ≤ 20 s, resumable); then parents answer (target: p95 ≤ 50 ms).
// `npm run bench -- surveys` runs just this one.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { runScheduler } from '../../src/api/scheduler'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import type { Notifier } from '../../src/core/ports/notifier'
import { questionnairesFor } from '../../src/core/survey/questionnaire.rules'
import { FULL_DISTRICT, QUICK_DISTRICT } from '../../src/server/seed/district'
import { answerV1 } from '../support/surveys'
import { BENCH_KEY, ensureDistrict, workingCopy } from './district/cache'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const quick = process.argv.includes('--quick') || process.env.JF_BENCH_QUICK === '1'
const DUE = 10_000
const ANSWERS = quick ? 100 : 300
const notifier: Notifier = { idempotent: true, send: async () => ({ ok: true }) }

/** 10,000 questionnaires created a minute ago, over the district's parents' own visits (ids unique per row). */
async function fill(store: DocStore, parentVisits: Array<{ userId: string; visitId: string }>) {
  const visitIds = [...new Set(parentVisits.map((p) => p.visitId))]
  const families = new Map<string, { familyId: string; schoolId: string }>()
  for (let i = 0; i < visitIds.length; i += 100)
    for (const v of await store.getMany('visits', visitIds.slice(i, i + 100)))
      families.set(v._id, { familyId: String(v.familyId), schoolId: String(v.schoolId) })
  const created = new Date(NOW.getTime() - 60e3)
  const docs = Array.from({ length: DUE }, (_, i) => {
    const pv = parentVisits[i % parentVisits.length]!
    const f = families.get(pv.visitId)!
    const record = { ...f, visitId: pv.visitId, participants: [{ guardianId: `gdn-bench-${i}`, userId: pv.userId }] }
    const { _v: _version, ...doc } = questionnairesFor(record, 'v1', created)[0]!
    return doc
  })
  for (let i = 0; i < docs.length; i += 500) {
    const ops: WriteOp[] = docs.slice(i, i + 500).map((doc) => ({ kind: 'insert', coll: 'questionnaires', doc }))
    if (!(await store.batch(ops)).ok) throw new Error('fill failed')
  }
  return docs
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!

async function schedulerRuns(store: DocStore) {
  const runs: Array<{ s: number; sent: number; pushed: number; trips: number }> = []
  for (;;) {
    const trips = store.roundTrips
    const t = performance.now()
    const stats = await runScheduler({ store, notifier }, NOW)
    const s = (performance.now() - t) / 1e3
    const pushed = stats.sent + stats.noCredit + stats.skipped + stats.failed
    if (stats.surveySent + pushed === 0) break
    runs.push({ s, sent: stats.surveySent, pushed, trips: store.roundTrips - trips })
  }
  return runs
}

async function answers(store: DocStore, docs: Array<{ _id: string; userId: string }>) {
  const deps = { store, files: createDiskStorage(join(tmpdir(), 'jf-survey-bench-files'), createKeyRing(BENCH_KEY)) }
  const ms: number[] = []
  for (const [k, q] of docs.slice(0, ANSWERS).entries()) {
    const event = {
      action: 'answer',
      input: { id: q._id, answer: answerV1(k % 7 === 0 ? { to_school: '希望多组织亲子活动' } : {}) },
      requestId: `b-${k}`,
    }
    const t = performance.now()
    const res = await dispatch('surveys', event, { kind: 'user', userId: q.userId }, deps, { routes: ROUTES, now: NOW })
    ms.push(performance.now() - t)
    if (!res.ok) throw new Error(`surveys.answer: ${res.error.code} ${res.error.message}`)
  }
  return ms
}

async function main() {
  const district = await ensureDistrict(quick ? 'quick' : 'full', quick ? QUICK_DISTRICT : FULL_DISTRICT, NOW, console.log)
  const dir = mkdtempSync(join(tmpdir(), 'jf-survey-bench-'))
  const engine = new SqliteStore(workingCopy(district.dbPath, dir))
  const store = new SealedStore(engine, createFieldCipher(createKeyRing(BENCH_KEY)))
  const docs = await fill(store, district.manifest.parentVisits)
  const runs = await schedulerRuns(store)
  const left = await store.count('questionnaires', { dueAt: { lte: NOW.toISOString() } })
  console.log(`\n问卷发送：${DUE} 份同时到期（${quick ? '十分之一学区' : '全学区'}，负载 ${loadavg()[0]!.toFixed(1)}）`)
  for (const [i, r] of runs.entries())
    console.log(
      `run ${i + 1}: ${r.s.toFixed(2)} s, questionnaires sent ${r.sent}, outbox items handled ${r.pushed}, round trips ${r.trips}`,
    )
  console.log(
    `runs: ${runs.length}, longest ${Math.max(...runs.map((r) => r.s)).toFixed(2)} s (target ≤ 20 s each), still due after: ${left}`,
  )
  const ms = await answers(store, docs)
  console.log(
    `answer submit ×${ms.length}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (target p95 ≤ 50 ms)`,
  )
  engine.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
