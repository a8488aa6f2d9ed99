// Benchmark (not a test): onboarding a 3,000-student school on an engine whose transactions hold at
// most 500 writes (the cloud database's working bound), staged through the real local server's store:
// end-to-end time (file read, plan, chunks, switch, families refreshed), chunks, peak memory.
// Behaviour is tested in tests/integration/staged-import*.test.ts.
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx } from '../support/roster-file'
import { bounded } from '../support/staged-import'
import { startTestServer } from '../support/test-server'

const N = 3000
const BOUND = 500

async function main() {
  const srv = await startTestServer()
  const admin = demo.admin()
  const fileId = (await srv.files.put('全校名单.xlsx', await rosterXlsx(buildRosterRows(N)), admin)).fileId
  const caller = (await resolveCaller({ kind: 'user', userId: admin }, srv.store))!
  let batches = 0
  let largest = 0
  const store = bounded(srv.store, BOUND, { onBatch: () => batches++ })
  const sizes = new Proxy(store, {
    get: (t, p) => (p === 'batch' ? (ops: never[]) => ((largest = Math.max(largest, ops.length)), t.batch(ops)) : Reflect.get(t, p, t)),
  })
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const [t0, trips0] = [performance.now(), srv.store.roundTrips]
  const res = await applyImport(
    { fileId },
    { caller, now: new Date(), requestId: null },
    { store: sizes, files: srv.files, workbooks: srv.workbooks },
  )
  const ms = Math.round(performance.now() - t0)
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  await srv.close()
  if (!res.ok || res.data.job?.state !== 'committed') throw new Error(`the staged import did not commit: ${JSON.stringify(res)}`)
  const { job, summary } = res.data
  const writes = Object.values(summary).reduce((n, c) => n + c.add + c.update, 0)
  console.log(`\nStaged roster import, ${N} students, at most ${BOUND} writes per transaction (SQLite, sealed, staging gate)`)
  console.log(
    `chunks written              ${job.total - 1} + 1 final switch (largest transaction ${largest} writes, ${batches} transactions)`,
  )
  console.log(`entities added or updated   ${writes}`)
  console.log(`end to end                  ${(ms / 1000).toFixed(1)} s  (${srv.store.roundTrips - trips0} store round trips)`)
  console.log(`peak memory (rss, sampled)  ${Math.round(peak / 1024 / 1024)} MiB`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
