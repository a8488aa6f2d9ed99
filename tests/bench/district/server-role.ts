// The server side of the district benchmark, in its own process: the real local server over the
// generated database, plus in-process figures the load cannot see (round trips, handler vs SQLite time).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createFieldCipher } from '../../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../../src/api/dispatch'
import { createLocalNotifier } from '../../../src/api/notify/local-notifier'
import { ROUTES } from '../../../src/api/routes'
import { runScheduler } from '../../../src/api/scheduler'
import type { Identity } from '../../../src/api/types'
import { createLocalServer } from '../../../src/server/http-server'
import { traceBlocks } from './block-trace'
import type { Case, FreshPair } from './cases'

export type ServerStart = { dbPath: string; now: string; secret: string; key: string }
export type Profile = {
  label: string
  trips: number
  handlerMs: number
  floorMs: number
  ratio: number
  statements: number
  errors: number
}
/** `cpuMs`: the server process's CPU time (user + system) since the last reset, whatever the machine's load. */
export type ServerStats = {
  rssMB: number
  maxRssMB: number
  heapMB: number
  loopMaxMs: number
  loopP99Ms: number
  cpuMs: number
  /** The write-ahead log started again on the server's thread: times and the longest (see checkpointer.ts). */
  logRestarts: { count: number; longestMs: number }
}

export async function serveBench(start: ServerStart) {
  const engine = new SqliteStore(start.dbPath)
  const ring = createKeyRing(start.key)
  const store = new SealedStore(engine, createFieldCipher(ring))
  const files = createDiskStorage(mkdtempSync(join(tmpdir(), 'jf-bench-files-')), ring)
  const notifier = createLocalNotifier()
  const now = new Date(start.now)
  const server = createLocalServer({ store, files, notifier, staticDir: '/nonexistent', secret: start.secret, clock: () => now })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  if (process.env.JF_BENCH_TRACE === '1') traceBlocks(start.dbPath, engine)
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  let maxRss = 0
  let cpuFrom = process.cpuUsage()
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 100)
  const deps = { store, files, notifier }

  /** One action in-process: its time, its round trips, and the time SQLite itself spent. */
  async function once(fn: string, action: string, userId: string, input: unknown, requestId?: string) {
    const identity: Identity = { kind: 'user', userId }
    const profile = (engine.profile = { ns: 0, statements: 0 })
    const trips = store.roundTrips
    const t = process.hrtime.bigint()
    const res = await dispatch(fn, { action, input, ...(requestId ? { requestId } : {}) }, identity, deps, { routes: ROUTES, now })
    const ns = Number(process.hrtime.bigint() - t)
    engine.profile = null
    return { res, ns, floor: profile.ns, statements: profile.statements, trips: store.roundTrips - trips }
  }

  async function profileCase(c: Case, runs: number): Promise<Profile> {
    const samples: Array<Awaited<ReturnType<typeof once>>> = []
    for (let i = 0; i < runs * 1.5; i++) {
      const call = c.calls[i % c.calls.length]!
      const s = await once(c.fn, c.action, call.userId, call.input)
      if (i >= runs / 2) samples.push(s)
    }
    return summarise(c.label, samples)
  }

  async function profilePairs(pairs: FreshPair[]): Promise<Profile[]> {
    const proposals: Array<Awaited<ReturnType<typeof once>>> = []
    const accepts: typeof proposals = []
    for (const [i, p] of pairs.entries()) {
      const input = {
        studentId: p.studentId,
        topic: '学期家访',
        options: [{ startAt: p.startAt, endAt: p.endAt, format: 'home', place: null }],
      }
      const proposed = await once('visits', 'propose', p.teacherUserId, input, `pp-${i}`)
      proposals.push(proposed)
      if (!proposed.res.ok) continue
      const v = proposed.res.data as { visitId: string; version: number; options: Array<{ id: string }> }
      const command = { kind: 'accept', optionId: v.options[0]!.id }
      accepts.push(await once('visits', 'respond', p.parentUserId, { visitId: v.visitId, version: v.version, command }, `pa-${i}`))
    }
    const half = (xs: typeof proposals) => xs.slice(Math.floor(xs.length / 3))
    return [summarise('visits.propose', half(proposals)), summarise('visits.respond (accept)', half(accepts))]
  }

  const stats = (): ServerStats => ({
    rssMB: process.memoryUsage().rss / 1e6,
    maxRssMB: Math.max(maxRss, process.memoryUsage().rss) / 1e6,
    heapMB: process.memoryUsage().heapUsed / 1e6,
    loopMaxMs: loop.max / 1e6,
    loopP99Ms: loop.percentile(99) / 1e6,
    cpuMs: ((u) => (u.user + u.system) / 1e3)(process.cpuUsage(cpuFrom)),
    logRestarts: { ...engine.logRestarts },
  })

  process.on('message', (msg: { id: number; kind: string; [k: string]: unknown }) => {
    const answer = (value: unknown) => process.send!({ id: msg.id, value })
    const run = async (): Promise<unknown> => {
      if (msg.kind === 'profile') {
        const out: Profile[] = []
        for (const c of msg.cases as Case[]) out.push(await profileCase(c, msg.runs as number))
        return out
      }
      if (msg.kind === 'pairs') return profilePairs(msg.pairs as FreshPair[])
      if (msg.kind === 'scheduler') {
        // Its longest slice: nothing else runs, so the loop's longest delay is the scheduler's own.
        const slices = monitorEventLoopDelay({ resolution: 1 })
        slices.enable()
        const t = process.hrtime.bigint()
        const result = await runScheduler(deps, now)
        const ms = Number(process.hrtime.bigint() - t) / 1e6
        await new Promise((r) => setTimeout(r, 5)) // let the monitor see the last slice end
        slices.disable()
        return { ms, longestSliceMs: slices.max / 1e6, result }
      }
      if (msg.kind === 'stats') return stats()
      if (msg.kind === 'reset') {
        if (process.env.JF_BENCH_TRACE === '1') engine.profile = { ns: 0, statements: 0, slowest: { ns: 0, sql: '' } }
        loop.reset()
        maxRss = 0
        cpuFrom = process.cpuUsage()
        return stats()
      }
      if (msg.kind === 'stop') {
        clearInterval(sampler)
        server.close()
        engine.close()
        setImmediate(() => process.exit(0))
        return null
      }
      throw new Error(`unknown message ${msg.kind}`)
    }
    run().then(answer, (e: Error) => process.send!({ id: msg.id, error: e.stack ?? e.message }))
  })
  process.send!({ id: 0, value: { port: (server.address() as { port: number }).port } })
}

function summarise(
  label: string,
  samples: Array<{ res: { ok: boolean }; ns: number; floor: number; statements: number; trips: number }>,
): Profile {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  return {
    label,
    trips: median(samples.map((s) => s.trips)),
    handlerMs: median(samples.map((s) => s.ns)) / 1e6,
    floorMs: median(samples.map((s) => s.floor)) / 1e6,
    // No statement at all (answered from a cache): there is no floor to compare with.
    ratio: total(samples.map((s) => s.floor)) > 0 ? total(samples.map((s) => s.ns)) / total(samples.map((s) => s.floor)) : NaN,
    statements: median(samples.map((s) => s.statements)),
    errors: samples.filter((s) => !s.res.ok).length,
  }
}
