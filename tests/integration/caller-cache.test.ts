// Who is calling is read once and kept while nothing their roles come from changes: a repeated
// request costs no account reads, and a revoked teacher or an ended binding loses access at once —
// whether the change comes through the server or through another connection to the database file.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { demo } from '../support/demo'
import { ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeEach(async () => {
  srv = await startTestServer()
})
afterEach(() => srv.close())

const tripsOf = async (run: () => Promise<unknown>) => {
  const before = srv.engine.roundTrips
  await run()
  return srv.engine.roundTrips - before
}

test("a teacher's repeated request does not read their account, staff record and bindings again", async () => {
  const teacher = demo.headTeacher()
  const first = await tripsOf(() => srv.call(teacher, 'roster', 'myClasses'))
  const again = await tripsOf(() => srv.call(teacher, 'roster', 'myClasses'))
  expect(first - again).toBe(3)
  expect(ok(await srv.call(teacher, 'roster', 'myClasses')).classes.length).toBeGreaterThan(0)
})

test('a revoked teacher loses access with their very next request', async () => {
  const teacher = demo.headTeacher()
  const classId = demo.staffOf(teacher).headClassIds[0]!
  ok(await srv.call(teacher, 'roster', 'classStudents', { classId }))
  ok(await srv.call(demo.admin(), 'accounts', 'revokeStaff', { staffId: demo.staffOf(teacher)._id }))
  expect(await srv.call(teacher, 'roster', 'classStudents', { classId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  expect(ok(await srv.call(teacher, 'auth', 'me')).roles).toEqual([])
})

test('a parent who withdraws guardian consent is no longer a parent on the next request', async () => {
  const parent = demo.parentOfSiblings()
  const children = demo.approvedChildren(parent)
  expect(ok(await srv.call(parent, 'roster', 'myChildren')).children).toHaveLength(children.length)
  for (const studentId of children) ok(await srv.call(parent, 'accounts', 'setConsent', { studentId, kind: 'guardian', given: false }))
  expect(await srv.call(parent, 'roster', 'myChildren')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
})

test('a teacher revoked by another program writing the same database file loses access at once', async () => {
  await srv.close()
  const dbPath = join(mkdtempSync(join(tmpdir(), 'jf-caller-')), 'shared.db')
  srv = await startTestServer({ dbPath })
  const teacher = demo.headTeacher()
  const staffId = demo.staffOf(teacher)._id
  ok(await srv.call(teacher, 'roster', 'myClasses'))
  const other = new SqliteStore(dbPath)
  const staff = (await other.get('staff', staffId))!
  expect(await other.update('staff', staffId, { status: 'revoked' }, staff._v)).toBe(true)
  other.close()
  expect(await srv.call(teacher, 'roster', 'myClasses')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
})
