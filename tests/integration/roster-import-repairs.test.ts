// An import that changes a family's categories and stops before the school's category lists follow
// (the coverage refresh after its batch fails): the batch left a repair marker for that family only,
// and the scheduler moves the family to its new category a minute on.
import { failingWritesTo } from '../support/failing-store'
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { runScheduler } from '../../src/api/scheduler'
import { SpecialMembersSchema } from '../../src/core/coverage/special-members'
import type { DocStore } from '../../src/core/ports/doc-store'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx, studentNoOf } from '../support/roster-file'
import { ok, startTestServer, type TestServer } from '../support/test-server'

jest.setTimeout(60_000)

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const NOW = new Date('2026-12-01T02:00:00.000Z')
const admin = demo.admin()
const upload = async (bytes: Uint8Array) => (await srv.files.put('roster.xlsx', bytes, admin)).fileId
const members = async () => SpecialMembersSchema.parse(await srv.direct.get('special_members', demo.schoolId)).members

/** The store with every write of the special-members document failing. */
const failingMembers = (store: DocStore) => failingWritesTo(store, 'special_members')

test("an import's category change outlives a failed refresh: one marker, repaired by the scheduler", async () => {
  const clean = buildRosterRows(40)
  ok(await srv.call(admin, 'imports', 'apply', { fileId: await upload(await rosterXlsx(clean)) }))
  // Student 14's family is 留守儿童 (tests/support/roster-file.ts): now 残疾学生 instead.
  const edited = { students: clean.students.map((s) => ({ ...s })), staff: clean.staff }
  edited.students[14]!.特殊家庭类别 = '残疾学生'
  const [child] = await srv.store.find('students', { where: { schoolId: demo.schoolId, studentNo: studentNoOf(14) }, limit: 1 })
  const familyId = String(child!.familyId)
  expect((await members()).left_behind).toContain(familyId)

  const caller = (await resolveCaller({ kind: 'user', userId: admin }, srv.store))!
  const deps = { store: failingMembers(srv.store), files: srv.files, workbooks: srv.workbooks }
  const fileId = await upload(await rosterXlsx(edited))
  await expect(applyImport({ fileId }, { caller, now: NOW, requestId: null }, deps)).rejects.toThrow('write failed')
  expect((await srv.direct.get('family_sensitive', familyId))!.categories).toEqual(['disabled'])
  expect((await members()).left_behind).toContain(familyId)
  expect((await srv.direct.find('member_repairs', { limit: 10 })).map((m) => m.familyId)).toEqual([familyId])

  await runScheduler(
    { store: srv.store, notifier: { idempotent: true, send: async () => ({ ok: true }) } },
    new Date(NOW.getTime() + 120_000),
  )
  const after = await members()
  expect(after.left_behind ?? []).not.toContain(familyId)
  expect(after.disabled).toContain(familyId)
  expect(await srv.direct.find('member_repairs', { limit: 10 })).toEqual([])
})
