// The roster now leaves out students who left: an import that drops two students of a class takes them
// off the class list and every head count (my classes, school, district), a parent can no longer newly
// bind them and their teacher can no longer propose a visit; a parent already bound still sees the
// child, marked as left. Listed again in a later import, they are back everywhere.
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx, studentNoOf, type RosterRows } from '../support/roster-file'
import { ok, startTestServer, type TestServer } from '../support/test-server'
import { TWO_OPTIONS } from '../support/visits'

jest.setTimeout(120_000)

// 三年级2班 holds file students 13, 49 and 85 (classOf: i % 36 === 13); 13 and 49 leave.
const CLASS = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS)
const rows = buildRosterRows(90)
const dropped = [13, 49].map(studentNoOf)
const without: RosterRows = { ...rows, students: rows.students.filter((r) => !dropped.includes(r.学号!)) }
let now = new Date('2026-12-01T02:00:00Z')
let s: TestServer
beforeAll(async () => {
  s = await startTestServer({ clock: () => now })
})
afterAll(() => s.close())

async function apply(r: RosterRows, at: string) {
  now = new Date(at)
  const fileId = (await s.files.put('名单.xlsx', await rosterXlsx(r), demo.admin())).fileId
  const caller = (await resolveCaller({ kind: 'user', userId: demo.admin() }, s.store))!
  ok(await applyImport({ fileId }, { caller, now, requestId: null }, { store: s.store, files: s.files, workbooks: s.workbooks }))
}

/** What a head teacher, the principal and the district see of the class and the school now. */
async function figures() {
  const list = ok(await s.call(head, 'roster', 'classStudents', { classId: CLASS, page: 0, pageSize: 50 }))
  const mine = ok(await s.call(head, 'roster', 'myClasses', {})).classes.find((c) => c.classId === CLASS)!
  const school = ok(await s.call(demo.principal(), 'roster', 'schoolOverview', {}))
  const district = ok(await s.call(demo.district(), 'roster', 'districtOverview', {})).schools.find((x) => x.schoolId === demo.schoolId)!
  return {
    rows: list.students.map((x) => x.studentNo),
    total: list.total,
    myClasses: mine.studentCount,
    schoolClass: school.classes.find((c) => c.classId === CLASS)!.studentCount,
    school: school.counts.students,
    district: district.studentCount,
  }
}

const studentIdOf = async (no: string) =>
  (await s.store.find('students', { where: { schoolId: demo.schoolId, studentNo: no }, limit: 1 }))[0]!._id
const bind = async (parent: string, no: string) => {
  const { code } = ok(await s.call(head, 'accounts', 'classInvite', { classId: CLASS }))
  const name = rows.students.find((r) => r.学号 === no)!.姓名!
  return s.call(parent, 'accounts', 'requestBinding', {
    code,
    studentName: name,
    studentNo: no,
    relation: 'grandmother',
    applicantName: '刘秀兰',
    noticeVersion: PRIVACY_NOTICE.version,
    guardianConsent: true,
    sensitiveConsent: true,
  })
}

test('two students the next roster drops leave the class list and every head count; listed again, they are back', async () => {
  await apply(rows, '2026-12-01T02:00:00Z')
  const first = await figures()
  // The class's seeded students, not on the file, left at this import: only the file's three are listed.
  expect(first.rows).toEqual([studentNoOf(13), studentNoOf(49), studentNoOf(85)])
  expect(first).toMatchObject({ total: 3, myClasses: 3, schoolClass: 3 })
  expect(first.district).toBe(first.school)

  await apply(without, '2026-12-01T03:00:00Z')
  expect(await figures()).toEqual({
    rows: [studentNoOf(85)],
    total: 1,
    myClasses: 1,
    schoolClass: 1,
    school: first.school - 2,
    district: first.district - 2,
  })

  // A parent cannot newly bind a child who left: the same answer as for no such child.
  const grandma = await s.newcomer()
  expect(await bind(grandma, dropped[0]!)).toMatchObject({ ok: false, error: { code: 'BIND.NO_MATCH' } })
  // Their head teacher no longer answers for the family: no new visit.
  const proposal = { studentId: await studentIdOf(dropped[0]!), topic: '聊聊', options: TWO_OPTIONS }
  expect(await s.call(head, 'visits', 'propose', proposal)).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_RESPONSIBLE' } })

  await apply(rows, '2026-12-01T04:00:00Z')
  expect(await figures()).toEqual(first)
  expect(ok(await bind(grandma, dropped[0]!)).status).toBe('pending')
})

test('a parent bound to a child who left still sees the child, marked as left', async () => {
  // The seeded students of 三年级2班 left at the first import (the file lists the class, not them).
  const { parent, student } = demo.familiesOf(CLASS)[0]!
  const child = ok(await s.call(parent, 'roster', 'myChildren', {})).children.find((c) => c.studentId === student._id)
  expect(child).toMatchObject({ name: student.name, className: '三年级2班', left: true })
  // The other school's roster was not imported: its children are still at school.
  const kept = demo.classes.find((c) => c.schoolId === demo.otherSchoolId)!._id
  const other = demo.familiesOf(kept)[0]!
  const stays = ok(await s.call(other.parent, 'roster', 'myChildren', {})).children.find((c) => c.studentId === other.student._id)
  expect(stays).toMatchObject({ left: false })
})
