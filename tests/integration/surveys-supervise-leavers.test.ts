// Supervision after children leave (a roster import no longer lists them): a spot-check call still to make
// to a family whose children have all left is dropped (nobody to call) and cannot be started; a call
// begun is history and stays, the child marked （已离校）; a new draw does not pick such a family; a
// dispute about a past visit stays in the leaders' queue and on the teacher's page, the child marked.
import { settleRoster } from '../../src/api/roster-import/leavers'
import type { Student } from '../../src/core/model/family.schema'
import { headTeacher, principal } from '../support/covisit'
import { demo } from '../support/demo'
import { warmRoundTrips } from '../support/round-trips'
import { completedVisit } from '../support/supervise'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at, now } = serverOnMovedClock()
type Visited = Awaited<ReturnType<typeof completedVisit>>
let gone: Visited, called: Visited, stays: Visited
let spotCheckId = ''
const nameOf = (v: Visited) => demo.students.find((s) => s.familyId === v.familyId)!.name
const missing = { ok: false, error: { code: 'DATA.NOT_FOUND' } }
const denied = { reached: true, tookPlace: 'not_held' as const, satisfied: null, offered: null, note: '家长说没有老师来' }
const callList = async () => ok(await srv.call(principal(), 'surveys', 'spotCheck', { spotCheckId })).check!
/** A younger sibling of the family, at the school and then gone: the family keeps a child on roll. */
const sibling = (v: Visited): Omit<Student, '_v'> => {
  const child = demo.students.find((s) => s.familyId === v.familyId)!
  return { ...child, _id: `${child._id}-sib`, studentNo: `${child.studentNo}9`, name: '林小雨', leftAt: null }
}

let tripsBefore = 0
beforeAll(async () => {
  ;[gone, called, stays] = [
    await completedVisit(srv, 0, '03', at),
    await completedVisit(srv, 1, '04', at),
    await completedVisit(srv, 2, '07', at),
  ]
  at('2026-12-10T02:00:00.000Z')
  spotCheckId = ok(await srv.call(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 3, seed: 42 })).spotCheckId
  expect((await callList()).picks).toHaveLength(3)
  tripsBefore = await warmRoundTrips(srv.store, callList)
  ok(await srv.call(principal(), 'surveys', 'startSpotCall', { spotCheckId, visitId: called.visitId }))
  expect(await srv.direct.insert('students', sibling(stays))).toBe('ok')
  const leavers = [...[gone, called].map((v) => demo.students.find((s) => s.familyId === v.familyId)!._id), sibling(stays)._id]
  await settleRoster(srv.store, demo.schoolId, leavers, now())
})

test('the call list drops a call still to make to a family whose children all left, and says so', async () => {
  const list = await callList()
  expect(list.picks.map((p) => p.visitId).sort()).toEqual([called.visitId, stays.visitId].sort())
  expect(list.left).toBe(1)
  // Still to call: only the child on roll is named, the sibling who left is not.
  expect(list.picks.find((p) => p.visitId === stays.visitId)!.children).toBe(nameOf(stays))
  // Reading it costs what it cost before anyone left.
  expect(await warmRoundTrips(srv.store, callList)).toBe(tripsBefore)
})

test('a dropped call cannot be started or recorded: answered as a missing pick, no phone read on record', async () => {
  const ref = { spotCheckId, visitId: gone.visitId }
  const audits = await srv.direct.count('audit_log', { action: 'family.read_phone', targetId: gone.familyId })
  expect(await srv.call(principal(), 'surveys', 'startSpotCall', ref)).toMatchObject(missing)
  expect(await srv.call(principal(), 'surveys', 'startSpotCall', { spotCheckId, visitId: 'vis-none' })).toMatchObject(missing)
  const outcome = { reached: true, tookPlace: 'as_recorded' as const, satisfied: true, offered: false, note: '' }
  expect(await srv.call(principal(), 'surveys', 'recordSpotOutcome', { ...ref, outcome })).toMatchObject(missing)
  expect(await srv.direct.count('audit_log', { action: 'family.read_phone', targetId: gone.familyId })).toBe(audits)
  expect(await srv.direct.count('spot_calls', { visitId: gone.visitId })).toBe(0)
})

test('a call begun before the family left is history: it stays, the child marked （已离校）, and can be finished', async () => {
  const pick = (await callList()).picks.find((p) => p.visitId === called.visitId)!
  expect(pick).toMatchObject({ started: true, children: `${nameOf(called)}（已离校）` })
  const res = ok(await srv.call(principal(), 'surveys', 'recordSpotOutcome', { spotCheckId, visitId: called.visitId, outcome: denied }))
  expect(res.disputeId).toBeTruthy()
})

test('a new draw does not pick a family whose children have all left; one with a child on roll still can be', async () => {
  const drawn = ok(await srv.call(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 3, seed: 7 }))
  expect(drawn.picks).toBe(1)
  const list = ok(await srv.call(principal(), 'surveys', 'spotCheck', { spotCheckId: drawn.spotCheckId })).check!
  expect(list).toMatchObject({ left: 0, picks: [{ visitId: stays.visitId, children: nameOf(stays) }] })
})

test("a dispute about a past visit stays in the leaders' queue and on the teacher's page, the child marked", async () => {
  const queue = ok(await srv.call(principal(), 'surveys', 'disputes', {}))
  const row = queue.disputes.find((d) => d.state === 'open')!
  expect(queue.open).toBe(1)
  expect(row.visit.children).toBe(`${nameOf(called)}（已离校）`)
  const mine = ok(await srv.call(headTeacher(), 'surveys', 'myDispute', { disputeId: row.disputeId }))
  expect(mine.visit.children).toBe(`${nameOf(called)}（已离校）`)
})
