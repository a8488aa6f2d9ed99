// A roster import larger than one transaction, on SQLite with the bound forced to 20 writes: staged
// in chunks under a job, invisible to readers until its final switch, resumed after a crash, and
// alone in its school while it runs. The kill -9 case is in staged-import-kill.test.ts.
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import type { DocStore } from '../../src/core/ports/doc-store'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx } from '../support/roster-file'
import { bounded, rosterView } from '../support/staged-import'
import { ok, startTestServer, type TestServer } from '../support/test-server'

jest.setTimeout(120_000)

const admin = demo.admin()
const school = demo.schoolId
const rows = buildRosterRows(60)
let servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})
async function server() {
  const s = await startTestServer()
  servers.push(s)
  return s
}
const upload = async (s: TestServer, r = rows) => (await s.files.put('全校名单.xlsx', await rosterXlsx(r), admin)).fileId

async function applyOn(s: TestServer, store: DocStore, fileId: string) {
  const caller = (await resolveCaller({ kind: 'user', userId: admin }, s.store))!
  return applyImport({ fileId }, { caller, now: new Date(), requestId: null }, { store, files: s.files, workbooks: s.workbooks })
}

/** The school's roster documents, as the engine holds them (direct) or as readers get them. */
async function rosterDocs(store: DocStore) {
  const colls = ['classes', 'students', 'guardians', 'contacts', 'family_sensitive', 'staff'] as const
  const counts = await Promise.all(colls.map((c) => store.count(c, { schoolId: school })))
  return counts.reduce((a, b) => a + b, 0)
}

/** What a reader sees of the school: the roster, and the counts the pages show. */
async function readerSees(s: TestServer) {
  const overview = ok(await s.call(demo.principal(), 'roster', 'schoolOverview', {}))
  return { roster: await rosterView(s.store, school), overview: JSON.stringify(overview) }
}

test('staged in chunks of 20 writes, resumed after a crash: readers see nothing until the switch, then what a straight import gives', async () => {
  const straight = await server()
  ok(await straight.call(admin, 'imports', 'apply', { fileId: await upload(straight) }))
  const expected = await rosterView(straight.store, school)

  const s = await server()
  const before = await readerSees(s)
  const fileId = await upload(s)
  // The job and 3 chunks are written, then the process "dies".
  await expect(applyOn(s, bounded(s.store, 20, { crashAfter: 4 }), fileId)).rejects.toThrow('simulated crash')
  const progress = ok(await s.call(admin, 'imports', 'progress', {})).job!
  expect(progress).toMatchObject({ state: 'staging', done: 3, fileName: '全校名单.xlsx' })
  expect(progress.total).toBeGreaterThan(10)
  // The staged documents are there (the engine holds them) but no reader sees them.
  expect(await rosterDocs(s.direct)).toBeGreaterThan(await rosterDocs(s.store))
  expect(await readerSees(s)).toEqual(before)

  // Another file of the same school waits for this one.
  const other = await upload(s, { ...rows, students: rows.students.map((r) => ({ ...r, 姓名: `${r.姓名}甲` })) })
  expect(await s.call(admin, 'imports', 'apply', { fileId: other })).toEqual({
    ok: false,
    error: {
      code: 'IMPORT.RUNNING',
      message: `本校正在导入另一份花名册（“全校名单.xlsx”已写入 3/${progress.total} 批），请等它完成后再导入这份文件`,
    },
  })
  expect(await s.files.get(other)).not.toBeNull()

  // The admin's next call carries on from chunk 4, on the same bounded engine.
  const resumed = await applyOn(s, bounded(s.store, 20), fileId)
  expect(resumed).toMatchObject({ ok: true, data: { job: { state: 'committed', done: progress.total, total: progress.total } } })
  expect(await rosterView(s.store, school)).toEqual(expected)
  expect(ok(await s.call(admin, 'imports', 'progress', {})).job).toBeNull()
  // Nothing of the job's personal data stays: neither the planned writes nor the file.
  expect(await s.direct.get('import_chunks', `imp-${fileId}:0`)).toBeNull()
  expect(await s.files.get(fileId)).toBeNull()
  // Now the other file may go.
  ok(await s.call(admin, 'imports', 'apply', { fileId: other }))
})

test('every chunk fits the bound, and a chunk is written once however often the job is run', async () => {
  const s = await server()
  const fileId = await upload(s)
  const sizes: number[] = []
  const store = bounded(s.store, 20)
  const spy = new Proxy(store, {
    get: (t, p) => (p === 'batch' ? (ops: unknown[]) => (sizes.push(ops.length), t.batch(ops as never)) : Reflect.get(t, p, t)),
  }) as DocStore
  const res = ok(await applyOn(s, spy, fileId))
  expect(Math.max(...sizes)).toBeLessThanOrEqual(20)
  expect(res.job).toMatchObject({ state: 'committed' })
  const after = await rosterView(s.store, school)
  // Running it again (a retried call, the scheduler) changes nothing.
  ok(await s.call(admin, 'imports', 'resume', {}))
  expect(await rosterView(s.store, school)).toEqual(after)
  expect(res.summary.students.add).toBe(60)
})

test('a roster changed under a staged import undoes it whole, and the school may import again', async () => {
  const s = await server()
  const before = await readerSees(s)
  const fileId = await upload(s)
  await expect(applyOn(s, bounded(s.store, 20, { crashAfter: 3 }), fileId)).rejects.toThrow('simulated crash')
  // A student number the import is about to add is taken by hand meanwhile.
  const ops: Array<{ coll: string; doc: { studentNo?: string } }> = []
  for (let k = 2; !ops.some((o) => o.coll === 'students'); k++) {
    ops.push(...((await s.direct.get('import_chunks', `imp-${fileId}:${k}`))!.ops as typeof ops))
  }
  const taken = ops.find((o) => o.coll === 'students')!.doc.studentNo!
  await s.store.insert('students', {
    _id: 'by-hand',
    schoolId: school,
    studentNo: taken,
    classId: 'x',
    familyId: 'y',
    name: '手工',
    gender: 'M',
    birthMonth: '2015-01',
    mentorIds: [],
    difficultySubjects: [],
  })
  const res = await applyOn(s, bounded(s.store, 20), fileId)
  expect(res).toEqual({
    ok: false,
    error: { code: 'DATA.CONFLICT', message: '导入期间花名册已被他人修改，本次未导入任何数据，请重新预览后再导入' },
  })
  await s.store.remove('students', 'by-hand')
  expect(await readerSees(s)).toEqual(before)
  expect(await rosterDocs(s.direct)).toBe(await rosterDocs(s.store))
  ok(await s.call(admin, 'imports', 'apply', { fileId: await upload(s) }))
})
