// The school dashboard is counted once a minute and kept while nothing it counts is written: a principal
// who opens it again reads only who they are, and any change (here a parent's suggestion to the school)
// shows in the very next answer. What the caller may see is part of what is kept.
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock('2026-12-03T09:00:00.000Z')
const dashboard = async (who = demo.principal()) => ok(await srv.call(who, 'reports', 'schoolDashboard', {}))

const tripsOf = async (read: () => Promise<unknown>) => {
  const before = srv.engine.roundTrips
  await read()
  return srv.engine.roundTrips - before
}

test('a repeated dashboard counts nothing again within the minute', async () => {
  const first = await dashboard()
  const counted = await tripsOf(dashboard)
  expect(await dashboard()).toEqual(first)
  setNow('2026-12-03T09:01:00.000Z')
  const recounted = await tripsOf(dashboard)
  // Within the minute only the caller's school is looked up; a minute later ("held" and "overdue" move
  // with the clock) everything is counted again.
  expect(counted).toBeLessThan(recounted / 3)
  expect(await tripsOf(dashboard)).toBe(counted)
})

test('a ticket opened meanwhile shows at once', async () => {
  const before = await dashboard()
  const { parent } = demo.familiesOf('cls-qs-2-1').find((f) => demo.approvedChildren(f.parent).length === 1)!
  ok(await srv.call(parent, 'surveys', 'suggest', { requestId: 'cache-suggest-1', to: 'school', text: '希望多开家长会' }))
  expect((await dashboard()).headline.ticketsOpen).toBe(before.headline.ticketsOpen + 1)
})

test('a middle manager never gets the principal’s kept answer with categories', async () => {
  expect((await dashboard()).categories).toBeDefined()
  const middle = demo.staff.find((s) => s.schoolId === demo.schoolId && s.roles.includes('middle_manager') && s.userId)
  if (!middle) throw new Error('demo school has no middle manager with an account')
  expect((await dashboard(middle.userId!)).categories).toBeUndefined()
})
