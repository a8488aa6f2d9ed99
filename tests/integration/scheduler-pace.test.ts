// How big the scheduler's slices are: it starts small, and sizes each next slice by how long the last
// one held the thread, so a slow disk shortens the waits requests see instead of lengthening them. Time
// is a test clock that moves only while the store writes: no real timings, no sleeps.
import { outboxDoc } from '../../src/api/notify/outbox'
import { runScheduler } from '../../src/api/scheduler'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import type { Notifier } from '../../src/core/ports/notifier'
import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
const NOW = new Date('2026-12-01T02:00:00.000Z')
const notifier: Notifier = { idempotent: true, send: async () => ({ ok: true }) }
beforeAll(async () => {
  srv = await startTestServer()
  await runScheduler({ store: srv.store, notifier }, NOW) // whatever the demo district had queued
})
afterAll(() => srv.close())

/** `n` pushes due now for one visit, to the demo people in turn. */
async function backlog(visitId: string, n: number) {
  const people = demo.users.map((u) => u._id)
  const ops: WriteOp[] = Array.from({ length: n }, (_, i) => ({
    kind: 'insert',
    coll: 'outbox',
    doc: outboxDoc(`obx-${visitId}-${i}`, people[i % people.length]!, visitId, 'proposal', null, new Date(NOW.getTime() - i).toISOString()),
  }))
  expect(await srv.store.batch(ops)).toEqual({ ok: true })
}

/** Runs the job over the store with every write taking `writeMs` on the clock; answers the items handled in each slice. */
async function sliceSizes(visitId: string, writeMs: number): Promise<number[]> {
  let ms = 0
  const slow = new Proxy(srv.store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      if (prop !== 'batch') return value.bind(target)
      return (ops: WriteOp[]) => ((ms += writeMs), target.batch(ops))
    },
  }) as DocStore
  const pending = () => srv.store.count('outbox', { status: 'pending', visitId })
  const left: number[] = []
  const pause = async () => void left.push(await pending())
  await runScheduler({ store: slow, notifier }, NOW, { slice: 50, pause, clock: () => ms })
  left.push(await pending())
  return left
    .slice(1)
    .map((n, i) => left[i]! - n)
    .filter((n) => n > 0)
}

test('the first slice is small, and quick slices grow to the full size', async () => {
  await backlog('vis-pace-quick', 300)
  const sizes = await sliceSizes('vis-pace-quick', 0)
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(300)
  expect(sizes[0]).toBeLessThanOrEqual(10)
  expect(Math.max(...sizes)).toBe(50)
})

test('when writes are slow, slices shrink so the thread is let go sooner, and every item still goes out', async () => {
  await backlog('vis-pace-slow', 120)
  const sizes = await sliceSizes('vis-pace-slow', 30)
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(120)
  expect(sizes[0]).toBeLessThanOrEqual(10)
  expect(Math.max(...sizes.slice(1))).toBeLessThanOrEqual(5)
})
