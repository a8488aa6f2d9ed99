// Leaving through the real import: a roster without a student marks them left at that import (once)
// and their family is no longer due; a year later the scheduler erases them and their family (no sibling left at school); the others stay.
import { resolveCaller } from '../../src/api/caller'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { applyImport } from '../../src/api/roster-import/import-service'
import { runScheduler } from '../../src/api/scheduler'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx, studentNoOf } from '../support/roster-file'
import { ok, startTestServer } from '../support/test-server'

jest.setTimeout(60_000)

const admin = demo.admin()
const DAY = 24 * 3600e3
const T0 = new Date('2027-07-01T02:00:00Z')

test('a student the next roster leaves out is marked left, and erased a year later', async () => {
  const s = await startTestServer()
  const rows = buildRosterRows(60)
  const apply = async (r: typeof rows, now: Date) => {
    const fileId = (await s.files.put('名单.xlsx', await rosterXlsx(r), admin)).fileId
    const caller = (await resolveCaller({ kind: 'user', userId: admin }, s.store))!
    return ok(await applyImport({ fileId }, { caller, now, requestId: null }, { store: s.store, files: s.files, workbooks: s.workbooks }))
  }
  await apply(rows, T0)
  const gone = studentNoOf(3)
  const find = async (no: string) => (await s.store.find('students', { where: { schoolId: demo.schoolId, studentNo: no }, limit: 1 }))[0]
  const leaver = (await find(gone))!
  const left = new Date(T0.getTime() + 5 * DAY)
  const without = { ...rows, students: rows.students.filter((c) => c['学号'] !== gone) }
  await apply(without, left)
  expect((await find(gone))!.leftAt).toBe(left.toISOString())
  expect((await find(studentNoOf(4)))!.leftAt ?? null).toBeNull()
  // Its only child gone, the family is no longer due; the same file again a day later moves nothing.
  expect((await s.store.get('families', leaver.familyId as string))!.active).toBe(false)
  await apply(without, new Date(left.getTime() + DAY))
  expect((await find(gone))!.leftAt).toBe(left.toISOString())

  const run = (now: Date) => runScheduler({ store: s.store, notifier: createLocalNotifier() }, now, { pause: async () => undefined })
  // The seeded students of the classes on file left at the first import: their year is out first.
  await run(new Date(left.getTime() + 364 * DAY))
  expect(await find(gone)).toBeDefined()
  expect((await run(new Date(left.getTime() + 366 * DAY))).leaversErased).toBe(1)
  expect(await find(gone)).toBeUndefined()
  expect(await s.store.count('guardians', { familyId: leaver.familyId as string })).toBe(0)
  expect(await s.store.get('family_sensitive', leaver.familyId as string)).toBeNull()
  expect(await find(studentNoOf(4))).toBeDefined()
  await s.close()
})
