// Plan follow-ups on 还需家访, through the route: their owner sees the due ones (overdue or within 7 days)
// first, with the date and what to do; another teacher finds nothing; one marked done is gone; and
// one indexed query serves them, however many there are.
import type { NewDoc } from '../../src/core/ports/doc-store'
import { demo } from '../support/demo'
import { traceDepth } from '../support/round-trips'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv } = serverOnMovedClock() // Tuesday 10:00 in Shanghai, autumn semester 2026
let trace: ReturnType<typeof traceDepth>
beforeAll(async () => {
  trace = traceDepth(srv.store)
})

const head = demo.headTeacher('cls-qs-3-2')
const other = demo.headTeacher('cls-qs-2-1')
const kid = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
const worklist = async (userId: string) => ok(await srv.call(userId, 'coverage', 'worklist', {}))
const followUpsOf = async (userId: string) => (await worklist(userId)).rows.filter((r) => r.kind === 'follow_up')
const followUp = (id: string, dueDate: string, text: string, extra: Partial<Record<string, unknown>> = {}): NewDoc => ({
  _id: id,
  schoolId: demo.schoolId,
  familyId: kid.familyId,
  ownerId: demo.staffOf(head)._id,
  visitId: 'vis-earlier',
  dueDate,
  text,
  done: false,
  ...extra,
})

beforeAll(async () => {
  const docs = [
    followUp('vis-earlier:0', '2026-11-28', '电话问问阅读情况'),
    followUp('vis-earlier:1', '2026-12-08', '再约一次家访，看看作业计划'),
    followUp('vis-earlier:2', '2026-12-09', '一周后才到期'),
    followUp('vis-earlier:3', '2026-12-20', '月底前看看期末复习'),
    followUp('vis-earlier:4', '2026-11-20', '已经做完的', { done: true }),
  ]
  expect(await srv.direct.batch(docs.map((doc) => ({ kind: 'insert' as const, coll: 'follow_ups' as const, doc })))).toEqual({ ok: true })
})

test('the owner sees the open follow-ups due by next week, first and by date, with what to do', async () => {
  const w = await worklist(head)
  const ups = w.rows.filter((r) => r.kind === 'follow_up')
  expect(ups.map((r) => [r.deadline, r.followUp?.text, r.followUp?.overdue])).toEqual([
    ['2026-11-28', '电话问问阅读情况', true],
    ['2026-12-08', '再约一次家访，看看作业计划', false],
  ])
  expect(w.rows.slice(0, 2)).toEqual(ups)
  expect(ups[0]).toMatchObject({ familyId: kid.familyId, followUp: { id: 'vis-earlier:0', visitId: 'vis-earlier' } })
  expect(ups[0]!.children.map((c) => c.name)).toContain(kid.name)
  // The family is still on the list for its required visit, once, and still counted as to visit.
  expect(w.rows.filter((r) => r.kind === 'required' && r.familyId === kid.familyId)).toHaveLength(1)
})

test('another teacher, a leader of the school and a parent find none of them', async () => {
  expect(await followUpsOf(other)).toEqual([])
  expect(await followUpsOf(demo.principal())).toEqual([])
  const parent = demo.familiesOf('cls-qs-3-2')[0]!.parent
  expect(await srv.callRaw(parent, 'coverage', 'worklist', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
})

test('marked done by its owner, it leaves the list; another teacher cannot mark it', async () => {
  const [first] = await followUpsOf(head)
  const id = first!.followUp!.id
  expect(await srv.call(other, 'visits', 'finishFollowUp', { id })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect((await followUpsOf(head)).map((r) => r.followUp!.id)).toContain(id)
  ok(await srv.call(head, 'visits', 'finishFollowUp', { id }))
  expect((await followUpsOf(head)).map((r) => r.followUp!.id)).toEqual(['vis-earlier:1'])
})

test('one query for the follow-ups, at the first stage: more of them add no read and no depth', async () => {
  const measure = async (userId: string) => {
    await worklist(userId)
    const trips = srv.store.roundTrips
    trace.reset()
    await worklist(userId)
    return { trips: srv.store.roundTrips - trips, depth: trace.depth }
  }
  const before = await measure(head)
  const more = Array.from({ length: 30 }, (_, i) => followUp(`vis-more:${i}`, '2026-12-03', `跟进${i}`))
  expect(await srv.direct.batch(more.map((doc) => ({ kind: 'insert' as const, coll: 'follow_ups' as const, doc })))).toEqual({ ok: true })
  expect(await measure(head)).toEqual(before)
  expect(await followUpsOf(head)).toHaveLength(31)
  // A teacher with none makes the same reads as one with many (one empty query).
  const none = await measure(other)
  expect(none.depth).toBe(before.depth)
})
