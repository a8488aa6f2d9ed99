// A staged import that drops students, finished by the scheduler after the admin's call died: the
// leavers are marked when the job commits (once: a retried last step or a later run keeps the first
// leftAt), and a family whose only child left is no longer due (应访, 到位率) while its record stays.
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { runScheduler } from '../../src/api/scheduler'
import { SCHEMAS } from '../../src/core/collections'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import { readAll } from '../../src/core/ports/typed-repo'
import { demo } from '../support/demo'
import { buildRosterRows, familyOf, rosterXlsx, studentNoOf } from '../support/roster-file'
import { bounded } from '../support/staged-import'
import { ok, startTestServer, type TestServer } from '../support/test-server'

jest.setTimeout(120_000)

const admin = demo.admin()
const school = demo.schoolId
const T1 = new Date('2026-12-01T02:00:00Z')
const T2 = new Date('2026-12-02T02:00:00Z')
let now = T1
let s: TestServer
beforeAll(async () => {
  s = await startTestServer({ clock: () => now })
})
afterAll(() => s.close())

// 60 students on file; the new roster adds 20 (so it is staged at 20 writes per transaction) and drops
// 2 and 3 (their families' only children, classes still in the file) and 11 (whose elder sibling 10 stays).
const before = buildRosterRows(60)
const dropped = [2, 3, 11]
const after = {
  students: buildRosterRows(80).students.filter((r) => !dropped.map(studentNoOf).includes(r.学号!)),
  staff: before.staff,
}
const newFamilies = new Set(Array.from({ length: 20 }, (_, k) => familyOf(60 + k))).size

const board = async () => {
  const b = ok(await s.call(demo.principal(), 'coverage', 'board', {}))
  return { required: b.school.required, coverageOf: b.figures.find((f) => f.key === 'coverage')!.denominator }
}
const students = async () =>
  new Map((await readAll(s.direct, 'students', SCHEMAS.students, { schoolId: school })).map((x) => [x.studentNo, x]))
const familyActive = async (i: number) => {
  const familyId = (await students()).get(studentNoOf(i))!.familyId
  return (await s.direct.get('families', familyId))?.active
}
const scheduler = (store: DocStore, at: Date) =>
  runScheduler({ store, notifier: createLocalNotifier(), files: s.files }, at, { pause: async () => undefined })

/** The engine dies when the job's last step tries to commit: everything before it has happened. */
const diesAtCommit = (store: DocStore): DocStore =>
  new Proxy(store, {
    get(target, prop) {
      if (prop !== 'batch') return Reflect.get(target, prop, target)
      return async (ops: WriteOp[]) => {
        if (ops.some((o) => o.kind === 'update' && o.coll === 'import_jobs' && o.set.state === 'committed'))
          throw new Error('simulated crash')
        return target.batch(ops)
      }
    },
  })

test('the scheduler finishes a staged import: leavers marked once, their families drop out of 应访 and 到位率', async () => {
  ok(await s.call(admin, 'imports', 'apply', { fileId: (await s.files.put('原名单.xlsx', await rosterXlsx(before), admin)).fileId }))
  const start = await board()
  expect(start.coverageOf).toBe(start.required)
  expect(await familyActive(2)).toBe(true)

  // The admin's call dies after the job and 3 chunks: nothing of the new roster is visible yet.
  const fileId = (await s.files.put('新名单.xlsx', await rosterXlsx(after), admin)).fileId
  const caller = (await resolveCaller({ kind: 'user', userId: admin }, s.store))!
  const ctx = { caller, now: T1, requestId: null }
  await expect(
    applyImport({ fileId }, ctx, { store: bounded(s.store, 20, { crashAfter: 4 }), files: s.files, workbooks: s.workbooks }),
  ).rejects.toThrow('simulated crash')
  expect(ok(await s.call(admin, 'imports', 'progress', {})).job).toMatchObject({ state: 'staging', done: 3 })
  expect(await board()).toEqual(start)

  // A scheduler run takes every chunk and the switch, marks and recomputes, then dies at the commit.
  await expect(scheduler(diesAtCommit(bounded(s.store, 20)), T1)).rejects.toThrow('simulated crash')
  expect(ok(await s.call(admin, 'imports', 'progress', {})).job).toMatchObject({ state: 'refreshing' })
  // The next run, a day later, takes the last step again and commits: the marks keep the first day.
  await scheduler(bounded(s.store, 20), T2)
  expect(ok(await s.call(admin, 'imports', 'progress', {})).job).toBeNull()

  // (The demo school's own students in those classes left with the first file.)
  const ours = [...(await students()).values()]
    .filter((x) => x.studentNo.startsWith('T'))
    .sort((a, b) => (a.studentNo < b.studentNo ? -1 : 1))
  expect(ours).toHaveLength(80)
  expect(ours.filter((x) => x.leftAt).map((x) => [x.studentNo, x.leftAt])).toEqual(dropped.map((i) => [studentNoOf(i), T1.toISOString()]))
  // Families 2 and 3 are no longer due; family 10 still has a child at school. Their records stay.
  expect([await familyActive(2), await familyActive(3), await familyActive(10)]).toEqual([false, false, true])
  now = T2
  const end = await board()
  expect(end).toEqual({ required: start.required - 2 + newFamilies, coverageOf: start.required - 2 + newFamilies })

  // A resume after the commit, and another scheduler run, change nothing.
  expect(ok(await s.call(admin, 'imports', 'resume', {})).job).toBeNull()
  await scheduler(s.store, new Date('2026-12-03T02:00:00Z'))
  for (const i of dropped) expect((await students()).get(studentNoOf(i))!.leftAt).toBe(T1.toISOString())
  expect(await board()).toEqual(end)
})
