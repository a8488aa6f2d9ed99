// Background work in slices: a backlog of pushes (a class-wide proposal round) goes out in one run,
// every item exactly once even with two runs at once, and the job lets the server's thread go between
// slices of bounded size; the purge of old stored answers too. Behaviour only: no timings.
import { outboxDoc } from '../../src/api/notify/outbox'
import { runScheduler, type JobOptions } from '../../src/api/scheduler'
import type { Notifier } from '../../src/core/ports/notifier'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import { buildOption, buildScheduled } from '../support/builders'
import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
const NOW = new Date('2026-12-01T02:00:00.000Z')
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const people = demo.users.map((u) => u._id)
const SLICE = 50

/** `n` pushes due now, for the people in turn, and `credits` proposal credits for each of them. */
async function backlog(tag: string, n: number, credits: number, users = people) {
  const ops: WriteOp[] = Array.from({ length: n }, (_, i) => ({
    kind: 'insert',
    coll: 'outbox',
    doc: outboxDoc(
      `obx-${tag}-${i}`,
      users[i % users.length]!,
      `vis-${tag}-${i}`,
      'proposal',
      null,
      new Date(NOW.getTime() - i).toISOString(),
    ),
  }))
  for (const userId of users) {
    ops.push({ kind: 'remove', coll: 'credits', id: `${userId}:visit_proposal` })
    ops.push({
      kind: 'insert',
      coll: 'credits',
      doc: { _id: `${userId}:visit_proposal`, userId, key: 'visit_proposal', n: credits, updatedAt: '' },
    })
  }
  expect(await srv.store.batch(ops)).toEqual({ ok: true })
}

/** WeChat, recorded; and at every pause of the job, how many pushes had gone out by then. */
function recording(slice = SLICE) {
  const pushes: string[] = []
  const atPauses: number[] = []
  const notifier: Notifier = { idempotent: false, send: async (m) => (pushes.push(m.outboxId), { ok: true }) }
  // A clock that never moves: slice sizes follow the counts, not how busy the machine happens to be.
  const opts: JobOptions = { slice, clock: () => 0, pause: async () => (atPauses.push(pushes.length), new Promise((r) => setImmediate(r))) }
  return { pushes, atPauses, notifier, opts }
}

/** As the cloud database is: every call waits on the network, so two runs interleave inside a slice too. */
function overNetwork(inner: DocStore): DocStore {
  return new Proxy(inner, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setImmediate(resolve))
        return value.apply(target, args)
      }
    },
  })
}

const between = (marks: number[], end: number) => [...marks, end].map((m, i) => m - (i ? marks[i - 1]! : 0))
const statuses = async (ids: string[]) => (await srv.store.getMany('outbox', ids)).map((d) => d.status)

test('a backlog goes out in one run, each item once, never more than a slice between two pauses', async () => {
  await backlog('round', 230, 1000)
  const { pushes, atPauses, notifier, opts } = recording()
  const stats = await runScheduler({ store: srv.store, notifier }, NOW, opts)

  expect(stats.sent).toBe(230)
  expect(new Set(pushes).size).toBe(230)
  expect(pushes).toHaveLength(230)
  expect(Math.max(...between(atPauses, pushes.length))).toBeLessThanOrEqual(SLICE)
  expect(await srv.store.count('outbox', { status: 'pending' })).toBe(0)
})

test('two runs at once over one backlog push each item once and spend one credit per push', async () => {
  const few = people.slice(0, 10) // many items each, so both runs spend from the same credits at once
  await backlog('twice', 230, 20, few)
  // Slices of different sizes: neither run keeps trailing the other by exactly one slice.
  const a = recording()
  const b = recording(13)
  const store = overNetwork(srv.store)
  const [sa, sb] = await Promise.all([
    runScheduler({ store, notifier: a.notifier }, NOW, a.opts),
    runScheduler({ store, notifier: b.notifier }, NOW, b.opts),
  ])
  const pushed = [...a.pushes, ...b.pushes]
  expect(new Set(pushed).size).toBe(pushed.length)
  expect(sa.sent + sb.sent).toBe(pushed.length)
  expect([sa.sent + sa.noCredit, sb.sent + sb.noCredit].every((n) => n > 0)).toBe(true) // both really worked
  expect(sa.noCredit + sb.noCredit).toBe(230 - pushed.length)
  expect(pushed).toHaveLength(10 * 20) // 23 items each, 20 credits each
  const left = await srv.store.getMany(
    'credits',
    few.map((u) => `${u}:visit_proposal`),
  )
  expect(left.map((c) => c.n)).toEqual(few.map(() => 0))
  const ids = Array.from({ length: 230 }, (_, i) => `obx-twice-${i}`)
  const all = [...(await statuses(ids.slice(0, 100))), ...(await statuses(ids.slice(100, 200))), ...(await statuses(ids.slice(200)))]
  expect(all.filter((x) => x === 'sent')).toHaveLength(pushed.length)
  expect(all.filter((x) => x === 'no_credit')).toHaveLength(230 - pushed.length)
})

test('a subscription that arrives while a slice spends credits is neither lost nor spent twice', async () => {
  const [user] = people
  await backlog('sub', 5, 2, [user!])
  let subscribed = false
  // The user accepts once more in the subscribe dialog between the job's read of the credits and its write.
  const store = new Proxy(srv.store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (prop !== 'batch') return typeof value === 'function' ? value.bind(target) : value
      return async (ops: WriteOp[]) => {
        if (!subscribed && ops.some((o) => o.coll === 'credits')) {
          subscribed = true
          await srv.call(user!, 'notify', 'subscribed', { accepted: ['visit_proposal'] })
        }
        return target.batch(ops)
      }
    },
  })
  const { pushes, notifier } = recording()
  const stats = await runScheduler({ store, notifier }, NOW)
  expect(subscribed).toBe(true)
  expect(pushes).toHaveLength(3)
  expect(stats.noCredit).toBe(2)
  expect(await srv.store.get('credits', `${user}:visit_proposal`)).toMatchObject({ n: 0 })
})

test('old stored answers are purged a slice at a time; recent ones are kept', async () => {
  const old = (i: number) => ({
    kind: 'insert' as const,
    coll: 'requests' as const,
    doc: { _id: `u:old:${i}`, at: '2026-11-01T00:00:00.000Z', result: null },
  })
  const recent = (i: number) => ({
    kind: 'insert' as const,
    coll: 'requests' as const,
    doc: { _id: `u:new:${i}`, at: '2026-11-30T00:00:00.000Z', result: null },
  })
  await srv.store.batch([...Array.from({ length: 230 }, (_, i) => old(i)), ...Array.from({ length: 20 }, (_, i) => recent(i))])
  const before = await srv.store.count('requests')
  const left: number[] = []
  const pause = async () => void left.push(await srv.store.count('requests'))
  const stats = await runScheduler({ store: srv.store, notifier: recording().notifier }, NOW, { slice: SLICE, pause })

  expect(stats.purged).toBe(230)
  const removed = between(left, await srv.store.count('requests')).slice(1)
  expect(Math.max(...removed.map((d) => -d))).toBeLessThanOrEqual(SLICE)
  expect(before - (await srv.store.count('requests'))).toBe(230)
  expect(await srv.store.get('requests', 'u:new:0')).not.toBeNull()
})

test('reminders reach every visit starting tomorrow, however many more than one read returns', async () => {
  const start = buildOption().startAt // 3 December, 15:00 in Shanghai
  const visits = Array.from({ length: 120 }, (_, i) =>
    buildScheduled({ _id: `vis-bulk-${i}`, teacherUserId: `usr-bulk-${i}`, studentIds: [`stu-bulk-${i}`], startAt: start }),
  )
  await srv.store.batch(visits.map(({ _v, ...doc }) => ({ kind: 'insert', coll: 'visits', doc })))
  const dayBefore = new Date(new Date(start).getTime() - 23 * 3600e3)
  const stats = await runScheduler({ store: srv.store, notifier: recording().notifier }, dayBefore, { slice: SLICE })

  expect(stats.enqueued).toBe(240) // day and hour, one teacher each
  for (const i of [0, 60, 119]) {
    const items = await srv.store.find('inbox', { where: { userId: `usr-bulk-${i}` }, orderBy: [['at', 'desc']], limit: 5 })
    expect(items.map((d) => d.title)).toEqual(['明天有家访'])
  }
})
