// A school's overview is counted once and kept while nothing it counts is written: repeated visits to
// the school home cost no reads, and any change — through the server or through another program
// writing the same database file — shows in the very next answer.
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

const overview = async (schoolId = demo.schoolId) => ok(await srv.call(demo.admin(schoolId), 'roster', 'schoolOverview'))

test('a repeated school overview reads nothing again', async () => {
  const first = await overview()
  const before = srv.engine.roundTrips
  expect(await overview()).toEqual(first)
  expect(srv.engine.roundTrips - before).toBe(0)
})

test('a teacher revoked through the server leaves the staff count at once, and each school keeps its own figures', async () => {
  const other = await overview(demo.otherSchoolId)
  const before = await overview()
  const teacher = demo.headTeacher()
  ok(await srv.call(demo.admin(), 'accounts', 'revokeStaff', { staffId: demo.staffOf(teacher)._id }))
  expect((await overview()).counts.staff).toBe(before.counts.staff - 1)
  expect(await overview(demo.otherSchoolId)).toEqual(other)
})

test('a student added by another program writing the same database file is counted at once', async () => {
  await srv.close()
  const dbPath = join(mkdtempSync(join(tmpdir(), 'jf-overview-')), 'shared.db')
  srv = await startTestServer({ dbPath })
  const before = await overview()
  const classId = before.classes[0]!.classId
  const sibling = demo.students.find((s) => s.classId === classId)!
  const other = new SqliteStore(dbPath)
  const copy = (await other.get('students', sibling._id))!
  const { _id, _v, ...fields } = copy
  expect(await other.insert('students', { ...fields, _id: `${_id}-new`, studentNo: `${sibling.studentNo}9` })).toBe('ok')
  other.close()
  const after = await overview()
  expect(after.counts.students).toBe(before.counts.students + 1)
  expect(after.classes[0]!.studentCount).toBe(before.classes[0]!.studentCount + 1)
})
