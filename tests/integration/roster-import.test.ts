// Roster import through the real server with a 200-student school file: every bad row listed,
// all-or-nothing apply, exact updates. The 2,000-row timings are figures in `npm run bench`.
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import { demo } from '../support/demo'
import { buildRosterRows, classOf, familyOf, menteeOf, rosterXlsx, studentNoOf, studentsCsv, type RosterRows } from '../support/roster-file'
import { fingerprint, ok, startTestServer, type TestServer } from '../support/test-server'

// A fresh server and a spreadsheet per test: generous time when the machine is busy.
jest.setTimeout(60_000)

const N = 200
/** Every tenth student is the younger sibling of the one before (tests/support/roster-file.ts). */
const FAMILIES = N - N / 10
const admin = demo.admin()
const seedStudents = demo.students.filter((s) => s.schoolId === demo.schoolId).length
const clean = buildRosterRows(N)
const copy = (r: RosterRows): RosterRows => ({ students: r.students.map((s) => ({ ...s })), staff: r.staff.map((s) => ({ ...s })) })
let cleanFile: Promise<Uint8Array> | undefined
const cleanXlsx = () => (cleanFile ??= rosterXlsx(clean))

/** The server of the tests that only read or compare fingerprints. */
let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const opened: TestServer[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()))
})
async function freshServer() {
  const s = await startTestServer()
  opened.push(s)
  return s
}
async function upload(on: TestServer, bytes: Uint8Array, name = 'roster.xlsx', owner = admin) {
  return (await on.files.put(name, bytes, owner)).fileId
}
/** A fresh server whose school has the clean file applied: each test starts from the same roster. */
async function importedSchool() {
  const s = await freshServer()
  ok(await s.call(admin, 'imports', 'apply', { fileId: await upload(s, await cleanXlsx()) }))
  return s
}

const student = async (on: TestServer, no: string) =>
  (await on.store.find('students', { where: { schoolId: demo.schoolId, studentNo: no }, limit: 1 }))[0]!
const zero = { add: 0, update: 0 }

describe(`a ${N}-student file`, () => {
  test('planted bad rows are all listed with their Excel row and sheet; apply then imports nothing', async () => {
    const srv = await freshServer()
    const dirty = copy(clean)
    const s = dirty.students
    s[10]!.学号 = s[5]!.学号!
    s[20]!.姓名 = ''
    s[30]!.性别 = 'X'
    s[40]!.监护人1电话 = '1380013800'
    s[50]!.特殊家庭类别 = '贫困户'
    s[60]!.监护人2关系 = '舅舅'
    s[70]!.班级 = '火箭班'
    s[80]!.出生年月 = '2019-13'
    dirty.staff[3]!.角色 = '校工'
    dirty.staff[5]!.电话 = 'abc'
    const fileId = await upload(srv, await rosterXlsx(dirty))
    const before = await fingerprint(srv.store)

    const preview = ok(await srv.call(admin, 'imports', 'preview', { fileId }))
    expect(preview.errors.map((e) => [e.sheet, e.row])).toEqual([
      ['学生', 12],
      ['学生', 22],
      ['学生', 32],
      ['学生', 42],
      ['学生', 52],
      ['学生', 62],
      ['学生', 72],
      ['学生', 82],
      ['教职工', 5],
      ['教职工', 7],
    ])
    expect(preview.errorCount).toBe(10)
    const messages = preview.errors.map((e) => e.message)
    expect(messages[0]).toBe('学生表第12行：学号重复（与第7行相同）')
    expect(messages[1]).toBe('学生表第22行：姓名不能为空')
    expect(messages[3]).toBe('学生表第42行：监护人1电话格式不正确（应为11位手机号）')
    expect(messages[4]).toMatch(/^学生表第52行：特殊家庭类别“贫困户”无法识别/)
    expect(messages[5]).toMatch(/^学生表第62行：监护人2关系“舅舅”无法识别/)
    expect(messages[6]).toMatch(/^学生表第72行：班级“火箭班”无法识别/)
    expect(messages[8]).toMatch(/^教职工表第5行：角色“校工”无法识别/)
    expect(messages[9]).toBe('教职工表第7行：电话格式不正确（应为11位手机号）')

    const applied = await srv.call(admin, 'imports', 'apply', { fileId })
    expect(applied).toEqual({
      ok: false,
      error: { code: 'IMPORT.HAS_ERRORS', message: '文件中有10处错误，已全部未导入，请修改后重新上传' },
    })
    expect(await fingerprint(srv.store)).toBe(before)
  })

  test('the clean file applies all of it; siblings across classes share one family', async () => {
    const srv = await freshServer()
    const fileId = await upload(srv, await cleanXlsx())
    const preview = await srv.call(admin, 'imports', 'preview', { fileId })
    const expected = {
      classes: { add: 24, update: 0, unchanged: 12 },
      students: { add: N, update: 0, unchanged: 0 },
      guardians: { add: 2 * FAMILIES, update: 0, unchanged: 0 },
      families: { add: FAMILIES, update: 0, unchanged: 0 },
      staff: { add: 40, update: 0, unchanged: 0 },
    }
    expect(preview).toMatchObject({ ok: true, data: { errorCount: 0, errors: [], summary: expected, missingFromFile: seedStudents } })
    const applied = await srv.call(admin, 'imports', 'apply', { fileId })
    expect(applied).toMatchObject({ ok: true, data: { summary: expected, missingFromFile: seedStudents } })

    const overview = await srv.call(admin, 'roster', 'schoolOverview')
    // The file lists every class of the school: the seeded students it leaves out left (kept on file, not counted).
    expect(overview.ok && overview.data.counts.students).toBe(N)
    const [older, younger] = [await student(srv, studentNoOf(70)), await student(srv, studentNoOf(71))]
    expect(familyOf(71)).toBe(70)
    expect(younger.familyId).toBe(older.familyId)
    expect(younger.classId).not.toBe(older.classId)
    expect(classOf(70)).not.toEqual(classOf(71))
    expect((await srv.store.get('family_sensitive', older.familyId as string))!.categories).toEqual(['left_behind'])
    expect(await srv.store.count('guardians', { familyId: older.familyId as string })).toBe(2)
    const mentee = await student(srv, studentNoOf(menteeOf(N)))
    expect(mentee.mentorIds).toHaveLength(1)
  })

  test('imported families read back through the audited family profile, sealed and role-shaped', async () => {
    const srv = await importedSchool()
    // Student 13's family is 城乡低保 and 残疾学生 (see tests/support/roster-file.ts).
    const imported = await student(srv, studentNoOf(13))
    const profile = ok(await srv.call(demo.admin(), 'privacy', 'familyProfile', { studentId: imported._id, reason: 'review' }))
    expect(profile.categories?.sort()).toEqual(['disabled', 'min_allowance'])
    expect(profile.guardians.map((g) => g.phone).sort()).toEqual([`166${'13'.padStart(8, '0')}`, `167${'13'.padStart(8, '0')}`])
    const raw = JSON.stringify(await srv.engine.get('family_sensitive', String(imported.familyId)))
    expect(raw).not.toMatch(/disabled|青山街道/)
  })

  test('re-importing the same file writes nothing', async () => {
    const srv = await importedSchool()
    const fileId = await upload(srv, await cleanXlsx())
    const before = await fingerprint(srv.store)
    const res = ok(await srv.call(admin, 'imports', 'apply', { fileId }))
    for (const counts of Object.values(res.summary)) expect(counts).toMatchObject(zero)
    expect(res.summary.students.unchanged).toBe(N)
    expect(await fingerprint(srv.store)).toBe(before)
  })

  test('three edited rows update exactly those documents', async () => {
    const srv = await importedSchool()
    const edited = copy(clean)
    edited.students[100]!.姓名 = '改名学生'
    edited.students[120]!.班级 = '5班'
    edited.students[132]!.监护人1电话 = '16899990132'
    const [s100, s120] = [await student(srv, studentNoOf(100)), await student(srv, studentNoOf(120))]
    const [guardian] = await srv.store.find('contacts', { where: { schoolId: demo.schoolId, phone: '16600000132' }, limit: 1 })
    const before = (await fingerprint(srv.store)).split('\n')

    const res = ok(await srv.call(admin, 'imports', 'apply', { fileId: await upload(srv, await rosterXlsx(edited)) }))
    expect(res.summary.students).toEqual({ add: 0, update: 2, unchanged: N - 2 })
    expect(res.summary.guardians).toEqual({ add: 0, update: 1, unchanged: 2 * FAMILIES - 1 })
    const after = (await fingerprint(srv.store)).split('\n')
    const changed = after.filter((line) => !before.includes(line) && !line.startsWith('audit_log/'))
    // The child who moved class moves the family's home class too: who counts it for coverage follows.
    const families = changed.filter((line) => line.startsWith('families/'))
    expect(families.map((line) => line.split('@')[0])).toEqual([`families/${s120.familyId}`])
    expect(changed.filter((line) => !line.startsWith('families/')).sort()).toEqual(
      [`contacts/${guardian!._id}@2`, `students/${s100._id}@2`, `students/${s120._id}@2`].sort(),
    )
    expect(after.filter((line) => line.startsWith('audit_log/')).length).toBe(
      before.filter((line) => line.startsWith('audit_log/')).length + 1,
    )
    expect((await student(srv, studentNoOf(100))).name).toBe('改名学生')
  })

  test('a CSV of the students sheet imports too', async () => {
    const srv = await importedSchool()
    const extra = { ...clean.students[0]!, 学号: 'T999999', 姓名: '插班生', 监护人1电话: '16612345678', 监护人2电话: '16712345678' }
    const fileId = await upload(srv, await studentsCsv([...clean.students, extra]), '学生.csv')
    const res = ok(await srv.call(admin, 'imports', 'apply', { fileId }))
    expect(res.summary.students).toEqual({ add: 1, update: 0, unchanged: N })
    expect(res.summary.staff).toEqual({ add: 0, update: 0, unchanged: 0 })
    expect(res.summary.families).toEqual({ add: 1, update: 0, unchanged: FAMILIES })
    expect((await student(srv, 'T999999')).name).toBe('插班生')
  })

  test('a bad row of a CSV is named once, by its sheet and row, not by the file name', async () => {
    const bad = { ...clean.students[0]!, 出生年月: '2019-13' }
    const fileId = await upload(srv, await studentsCsv([clean.students[1]!, bad]), 'bad.csv')
    const preview = ok(await srv.call(admin, 'imports', 'preview', { fileId }))
    expect(preview.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^学生表第3行：出生年月“2019-13”格式不正确/)])
  })

  test('an applied import is in the import history, in words, and not among the reads of the audit log', async () => {
    const srv = await importedSchool()
    const history = ok(await srv.call(admin, 'imports', 'history', {}))
    expect(history.total).toBe(1)
    expect(history.rows[0]).toMatchObject({
      actorName: demo.nameOf(admin),
      text: `“roster.xlsx”：班级新增 24 个；学生新增 ${N} 人；家庭新增 ${FAMILIES} 户；家长新增 ${2 * FAMILIES} 人；教职工新增 40 人`,
    })
    const log = ok(await srv.call(admin, 'privacy', 'auditLog', { pageSize: 100 }))
    expect(log.rows.filter((r) => r.action === 'roster.import')).toEqual([])
    const district = ok(await srv.call(demo.district(), 'privacy', 'auditLog', { pageSize: 100 }))
    expect(district.rows.filter((r) => r.action === 'roster.import')).toEqual([])
    // Another school's admin sees their own (none); nobody else reads it.
    expect(ok(await srv.call(demo.admin(demo.otherSchoolId), 'imports', 'history', {})).total).toBe(0)
    for (const user of [demo.principal(), demo.headTeacher(), demo.district()]) {
      expect(await srv.call(user, 'imports', 'history', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    }
  })
})

describe('a concurrent change', () => {
  test('makes apply fail cleanly with a Chinese message and nothing of the import written', async () => {
    const srv = await importedSchool()
    const edited = copy(clean)
    edited.students[140]!.姓名 = '导入改名甲'
    edited.students[150]!.姓名 = '导入改名乙'
    const fileId = await upload(srv, await rosterXlsx(edited))
    const [s140, s150] = [await student(srv, studentNoOf(140)), await student(srv, studentNoOf(150))]
    // Someone edits student 140 between the import's read and its write.
    const racing = new Proxy(srv.store, {
      get(target, prop) {
        if (prop === 'batch')
          return async (ops: WriteOp[]) => (await target.update('students', s140._id, { name: '他人修改' }), target.batch(ops))
        const v = Reflect.get(target, prop, target)
        return typeof v === 'function' ? v.bind(target) : v
      },
    }) as DocStore
    const before = await fingerprint(srv.store)
    const caller = (await resolveCaller({ kind: 'user', userId: admin }, srv.store))!
    const deps = { store: racing, files: srv.files, workbooks: srv.workbooks }
    const res = await applyImport({ fileId }, { caller, now: new Date(), requestId: null }, deps)
    expect(res).toEqual({
      ok: false,
      error: { code: 'DATA.CONFLICT', message: '导入期间花名册已被他人修改，本次未导入任何数据，请重新预览后再导入' },
    })
    // The message asks to preview again: the file is still there for that.
    expect(await srv.files.get(fileId)).not.toBeNull()
    const expected = before.replace(`students/${s140._id}@${s140._v}`, `students/${s140._id}@${s140._v + 1}`)
    expect(await fingerprint(srv.store)).toBe(expected)
    expect(await student(srv, studentNoOf(150))).toEqual(s150)
  })
})

describe('an engine with bounded transactions', () => {
  test('changes to the roster on file too many for one final switch are refused whole, with a way forward', async () => {
    // New documents are staged in chunks (staged-import.test.ts); changes to the 60 students on file
    // must all go in the one transaction that makes the import visible.
    const rows = buildRosterRows(60)
    ok(await srv.call(admin, 'imports', 'apply', { fileId: await upload(srv, await rosterXlsx(rows)) }))
    rows.students.forEach((r, i) => (r.姓名 = `拆分测试${i}`))
    const fileId = await upload(srv, await rosterXlsx(rows))
    const small = new Proxy(srv.store, {
      get(target, prop) {
        if (prop === 'maxBatchOps') return 20
        const v = Reflect.get(target, prop, target)
        return typeof v === 'function' ? v.bind(target) : v
      },
    }) as DocStore
    const before = await fingerprint(srv.store)
    const caller = (await resolveCaller({ kind: 'user', userId: demo.admin() }, srv.store))!
    const res = await applyImport(
      { fileId },
      { caller, now: new Date(), requestId: null },
      { store: small, files: srv.files, workbooks: srv.workbooks },
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'IMPORT.TOO_LARGE' } })
    expect(!res.ok && res.error.message).toMatch(/拆成约\d+个文件/)
    // A split file is needed: this one, personal data, is not kept.
    expect(await srv.files.get(fileId)).toBeNull()
    expect(await fingerprint(srv.store)).toBe(before)
  })
})

describe('who may import what', () => {
  test("parents, teachers and another school's admin are refused", async () => {
    const fileId = await upload(srv, await rosterXlsx(buildRosterRows(3)))
    for (const user of [demo.parentOfSiblings(), demo.headTeacher(), demo.principal()]) {
      for (const action of ['template', 'preview', 'apply']) {
        // The same input for each action (template takes none): refused before the input is read.
        expect(await srv.callRaw(user, 'imports', action, { fileId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
      }
    }
    const other = demo.admin(demo.otherSchoolId)
    const ownFile = await upload(srv, await rosterXlsx(buildRosterRows(3)), 'x.xlsx', other)
    expect(await srv.call(other, 'imports', 'preview', { fileId: ownFile, schoolId: demo.schoolId })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
  })

  test("another user's file answers exactly like a missing one", async () => {
    const before = await fingerprint(srv.store)
    const theirs = await upload(srv, await rosterXlsx(buildRosterRows(3)), 'x.xlsx', demo.principal())
    for (const action of ['preview', 'apply'] as const) {
      const foreign = await srv.call(admin, 'imports', action, { fileId: theirs })
      const missing = await srv.call(admin, 'imports', action, { fileId: 'f-doesnotexistdoesnotexist' })
      expect(foreign).toEqual(missing)
      expect(foreign).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    }
    expect(await fingerprint(srv.store)).toBe(before)
  })
})

describe('template', () => {
  test('downloads, and its example rows import cleanly', async () => {
    const tpl = ok(await srv.call(admin, 'imports', 'template'))
    expect(tpl.name).toMatch(/\.xlsx$/)
    const res = await fetch(srv.url + tpl.url)
    expect(res.status).toBe(200)
    const fileId = await upload(srv, new Uint8Array(await res.arrayBuffer()), tpl.name)
    const preview = await srv.call(admin, 'imports', 'preview', { fileId })
    expect(preview).toMatchObject({ ok: true, data: { errorCount: 0, errors: [] } })
    const applied = ok(await srv.call(admin, 'imports', 'apply', { fileId }))
    expect(applied.summary.students.add).toBe(1)
    expect(applied.summary.staff.add).toBe(1)
    // The applied roster is deleted: personal data is not kept once it has done its job.
    const again = await srv.call(admin, 'imports', 'apply', { fileId })
    expect(again).toEqual({ ok: false, error: { code: 'DATA.NOT_FOUND', message: '文件不存在或已被删除' } })
  })
})

describe('files uploaded straight to WeChat cloud storage', () => {
  test('only a file in the caller’s own upload folder can be registered; locally there is none', async () => {
    const admin = demo.admin()
    const own = await srv.call(admin, 'imports', 'registerUpload', {
      cloudFileId: `cloud://env-1/uploads/${admin}/1-roster.xlsx`,
      name: 'roster.xlsx',
    })
    expect(own).toMatchObject({ ok: false, error: { code: 'FILE.UNSUPPORTED' } })
    const foreign = await srv.call(admin, 'imports', 'registerUpload', {
      cloudFileId: 'cloud://env-1/uploads/usr-someone-else/1-roster.xlsx',
      name: 'roster.xlsx',
    })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    const me = await srv.call(admin, 'auth', 'me')
    expect(me.ok && me.data.uploadPrefix).toBe(`uploads/${admin}/`)
  })
})
