// One request id, one run: copies in flight, retries after a crash, and a reused id with other input.
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { CLAIM_WAITS_MS, hashInput, STALE_CLAIM_MS } from '../../src/api/replay'
import { ROUTES } from '../../src/api/routes'
import { API } from '../../src/core/contract'
import { runScheduler } from '../../src/api/scheduler'
import type { VisitView } from '../../src/core/contract/visits.contract'
import type { Binding } from '../../src/core/model/family.schema'
import type { DocStore } from '../../src/core/ports/doc-store'
import type { Result } from '../../src/core/result'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { demo } from '../support/demo'
import { fingerprint, SEED_NOW, TEST_DATA_KEY } from '../support/test-server'

const NOW = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
const files = { put: jest.fn(), get: jest.fn(), url: jest.fn(), adopt: jest.fn(), remove: jest.fn(), purgeExpired: jest.fn() }

let engine: SqliteStore
let store: DocStore
beforeEach(async () => {
  engine = new SqliteStore(':memory:')
  store = new SealedStore(engine, createFieldCipher(TEST_DATA_KEY))
  await seedDemoIfEmpty(store, SEED_NOW)
})
afterEach(() => engine.close())

/** The cloud database answers over the network: every call yields before it completes. */
function overNetwork(inner: DocStore, before?: (method: string) => Promise<void> | void): DocStore {
  return new Proxy(inner, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setImmediate(resolve))
        await before?.(String(prop))
        return value.apply(target, args)
      }
    },
  })
}

type Call = { store: DocStore; user: string; fn: string; action: string; input: unknown; requestId?: string }
const send = (c: Call, pause?: (ms: number) => Promise<void>, now = NOW) =>
  dispatch(
    c.fn,
    { action: c.action, input: c.input, requestId: c.requestId },
    { kind: 'user', userId: c.user },
    { store: c.store, files },
    { routes: ROUTES, now, pause },
  ) as Promise<Result<VisitView>>

const head = demo.headTeacher('cls-qs-4-1')
const binding = demo.data.bindings!.find((b) => b.status === 'approved' && b.classId === 'cls-qs-4-1') as unknown as Binding
const slot = (day: string, from: string, to: string) => ({
  startAt: `2026-12-${day}T${from}:00+08:00`,
  endAt: `2026-12-${day}T${to}:00+08:00`,
  format: 'video',
  place: null,
})
const proposal = { studentId: binding.studentId, topic: '聊聊孩子的阅读', options: [slot('03', '15:00', '16:00')] }
const propose = (s: DocStore, requestId?: string, input: unknown = proposal): Call => ({
  store: s,
  user: head,
  fn: 'visits',
  action: 'propose',
  input,
  requestId,
})
const visitsOfStudent = async () => (await store.find('visits', { where: { studentIds: { has: binding.studentId } }, limit: 10 })).length

test('two copies of one proposal in flight: one visit, one notification, the same answer for both', async () => {
  const net = overNetwork(store)
  const [a, b] = await Promise.all([send(propose(net, 'tap-1')), send(propose(net, 'tap-1'))])
  expect(a.ok).toBe(true)
  expect(b).toEqual(a)
  expect(await visitsOfStudent()).toBe(1)
  const notices = await store.find('outbox', { where: { visitId: a.ok ? a.data.visitId : '' }, limit: 10 })
  expect(notices.map((n) => n.userId)).toEqual([binding.userId])
})

test('two copies of one acceptance in flight: one agreement, the same answer for both', async () => {
  const v = await send(propose(store))
  if (!v.ok) throw new Error(v.error.message)
  const accept: Call = {
    store: overNetwork(store),
    user: binding.userId,
    fn: 'visits',
    action: 'respond',
    input: { visitId: v.data.visitId, version: v.data.version, command: { kind: 'accept', optionId: v.data.options[0]!.id } },
    requestId: 'tap-2',
  }
  const [a, b] = await Promise.all([send(accept), send(accept)])
  expect(a).toMatchObject({ ok: true, data: { status: 'scheduled' } })
  expect(b).toEqual(a)
  const stored = await store.get('visits', v.data.visitId)
  expect((stored!.thread as Array<{ kind: string }>).map((e) => e.kind)).toEqual(['propose', 'accept'])
})

test('the same request id with a different input is refused and writes nothing', async () => {
  expect((await send(propose(store, 'tap-3'))).ok).toBe(true)
  const before = await fingerprint(store)
  const other = { ...proposal, topic: '换一个话题' }
  const res = await send(propose(store, 'tap-3', other))
  expect(res).toMatchObject({ ok: false, error: { code: 'REQUEST.REUSED' } })
  expect(!res.ok && res.error.message).toMatch(/请刷新页面后重新操作/)
  expect(await fingerprint(store)).toBe(before)
})

test('a handler that crashes releases its claim: the retry with the same id succeeds', async () => {
  let crashes = 1
  const flaky = overNetwork(store, (method) => {
    if (method === 'batch' && crashes-- > 0) throw new Error('connection reset')
  })
  expect(await send(propose(flaky, 'tap-4'))).toMatchObject({ ok: false, error: { code: 'SYS.INTERNAL' } })
  expect(await visitsOfStudent()).toBe(0)
  const retry = await send(propose(flaky, 'tap-4'))
  expect(retry).toMatchObject({ ok: true, data: { status: 'awaiting_parent' } })
  expect(await visitsOfStudent()).toBe(1)
})

test('a copy that outwaits its bounded patience is told the first is still running; later copies replay', async () => {
  let release: () => void = () => undefined
  let writing: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const reachedWrite = new Promise<void>((resolve) => (writing = resolve))
  // The first copy stalls on its write until released; the second looks at the claim after each pause.
  const stalled = overNetwork(store, (method) => {
    if (method !== 'batch') return
    writing()
    return gate
  })
  const waits: number[] = []
  const first = send(propose(stalled, 'tap-5'))
  await reachedWrite
  const second = await send(propose(store, 'tap-5'), async (ms) => void waits.push(ms))
  expect(second).toEqual({ ok: false, error: { code: 'REQUEST.IN_PROGRESS', message: '上一次提交还在处理中，请稍后刷新' } })
  expect(waits).toEqual([...CLAIM_WAITS_MS])
  release()
  const answer = await first
  expect(answer.ok).toBe(true)
  expect(await send(propose(store, 'tap-5'))).toEqual(answer)
  expect(await visitsOfStudent()).toBe(1)
})

test('a claim left pending by a copy that died is taken over once it is stale', async () => {
  // The first copy claims the id, then its process dies before writing (its batch never completes).
  let claimed: () => void = () => undefined
  const reachedWrite = new Promise<void>((resolve) => (claimed = resolve))
  const dying = overNetwork(store, (method) => {
    if (method !== 'batch') return
    claimed()
    return new Promise<void>(() => undefined)
  })
  void send(propose(dying, 'tap-7'))
  await reachedWrite
  const noWait = async () => undefined
  const soon = new Date(NOW.getTime() + STALE_CLAIM_MS - 1000)
  expect(await send(propose(store, 'tap-7'), noWait, soon)).toMatchObject({ ok: false, error: { code: 'REQUEST.IN_PROGRESS' } })
  const later = new Date(NOW.getTime() + STALE_CLAIM_MS + 1000)
  expect(await send(propose(store, 'tap-7'), noWait, later)).toMatchObject({ ok: true, data: { status: 'awaiting_parent' } })
  expect(await visitsOfStudent()).toBe(1)
})

test('the scheduler drops stored answers after a week, whatever their state', async () => {
  await send(propose(store, 'tap-6'))
  const key = `${head}:visits.propose:tap-6`
  expect(await store.get('requests', key)).toMatchObject({ state: 'done', at: NOW.toISOString() })
  const notifier = { idempotent: true, send: async () => ({ ok: true as const }) }
  await runScheduler({ store, notifier }, new Date(NOW.getTime() + 6 * 24 * 3600e3))
  expect(await store.get('requests', key)).not.toBeNull()
  const stats = await runScheduler({ store, notifier }, new Date(NOW.getTime() + 8 * 24 * 3600e3))
  expect(stats.purged).toBe(1)
  expect(await store.get('requests', key)).toBeNull()
})

const classFamilies = () => [...new Map(demo.students.filter((s) => s.classId === 'cls-qs-4-1').map((s) => [s.familyId, s])).values()]
const proposalFor = (studentId: string, hour: number) => ({ ...proposal, studentId, options: [slot('04', `${hour}:00`, `${hour}:45`)] })
const visitInserts = (ops: Array<{ kind: string; coll?: string }>) => ops.filter((o) => o.kind === 'insert' && o.coll === 'visits').length

test('proposals that arrive together share commits (all but the first), each keeps its own answer for a retry', async () => {
  const inputs = classFamilies()
    .slice(0, 3)
    .map((s, i) => proposalFor(s._id, 10 + i))
  const batch = jest.spyOn(engine, 'batch')
  const answers = await Promise.all(inputs.map((input, i) => send(propose(store, `tap-g${i}`, input))))
  expect(answers.map((a) => a.ok)).toEqual([true, true, true])
  // The first writes at once; the other two proposals' claims, visits and notifications go in one commit.
  expect(batch.mock.calls.map(([ops]) => visitInserts(ops)).filter((n) => n > 0)).toEqual([1, 2])
  const retries = await Promise.all(inputs.map((input, i) => send(propose(store, `tap-g${i}`, input))))
  expect(retries).toEqual(answers)
})

test('a request refused among requests that arrive together leaves the others written, each exactly once', async () => {
  const [first, twice, other] = classFamilies()
  // The second and third propose to the same family: only one may claim it; the fourth is unrelated.
  const inputs = [proposalFor(first!._id, 10), proposalFor(twice!._id, 11), proposalFor(twice!._id, 12), proposalFor(other!._id, 13)]
  const answers = await Promise.all(inputs.map((input, i) => send(propose(store, `tap-r${i}`, input))))
  expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['ok', 'ok', 'VISIT.ALREADY_PROPOSED', 'ok'])
  const visitsOf = async (familyId: string) => (await store.find('visits', { where: { familyId }, limit: 10 })).length
  expect(await Promise.all([first!, twice!, other!].map((s) => visitsOf(s.familyId)))).toEqual([1, 1, 1])
  const retries = await Promise.all(inputs.map((input, i) => send(propose(store, `tap-r${i}`, input))))
  expect(retries).toEqual(answers)
})

test('a copy whose id another server process has claimed writes nothing, however far its handler got', async () => {
  const key = `${head}:visits.propose:tap-8`
  const pending = {
    at: NOW.toISOString(),
    state: 'pending',
    inputHash: hashInput(API.visits.propose.input.parse(proposal)),
    result: null,
    doneAt: null,
  }
  expect(await store.insert('requests', { _id: key, ...pending })).toBe('ok')
  const before = await fingerprint(store)
  const noWait = async () => undefined
  expect(await send(propose(store, 'tap-8'), noWait)).toMatchObject({ ok: false, error: { code: 'REQUEST.IN_PROGRESS' } })
  expect(await fingerprint(store)).toBe(before)
  expect(await visitsOfStudent()).toBe(0)
})
