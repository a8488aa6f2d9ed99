// The student's visit archive: each role sees exactly its part (head teacher, leaders and visitors all;
// subject teachers the strengths and strategies; parents the shared part), others are told "not found",
// staff reads and exports are audited, and the reads do not deepen with the number of visits.
import ExcelJS from 'exceljs'
import { ARCHIVE_AUDIT_ACTION, ARCHIVE_EXPORT_AUDIT_ACTION } from '../../src/core/contract/visits-archive.contract'
import { demo } from '../support/demo'
import { CLASS, familyNo, headTeacher, leader, principal, proposal } from '../support/covisit'
import { completePrep, sampleRecord } from '../support/record'
import { traceDepth } from '../support/round-trips'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()
let trace: ReturnType<typeof traceDepth>
const NOTE = '内部：家长工作忙，下次换周末'
const SUMMARY = '孩子在校积极向上，我们约定每天一起阅读。'
const plan = { goals: ['坚持阅读'], followUps: [{ date: '2026-12-20', text: '回访阅读情况' }] }
const family = familyNo(0)
const studentId = family.student._id
const subject = () => demo.teacherOf(CLASS, true)
let visitId: string

beforeAll(async () => {
  trace = traceDepth(srv.store)
  const v = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(studentId, '03')))
  visitId = v.visitId
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId }))
  ok(
    await srv.call(family.parent, 'visits', 'respond', {
      visitId,
      version: p.version,
      command: { kind: 'accept', optionId: p.options[0]!.id },
    }),
  )
  at('2026-12-03T08:30:00.000Z')
  await completePrep(srv, visitId, demo.schoolId)
  ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record: sampleRecord({ plan }) }))
})

const archive = (userId: string, id = studentId) => srv.call(userId, 'visits', 'archive', { studentId: id })
const audits = (action: string) => srv.direct.count('audit_log', { schoolId: demo.schoolId, action })

test('the head teacher and a leader see every section, the plan and its follow-ups', async () => {
  for (const who of [headTeacher(), leader(), principal()]) {
    const a = ok(await archive(who))
    expect(a).toMatchObject({ studentName: family.student.name, level: 'full' })
    expect(a.visits).toHaveLength(1)
    const [v] = a.visits
    expect(v).toMatchObject({ visitId, format: 'home', submitted: true, visitorName: demo.nameOf(headTeacher()).replace(/老师$/, '') })
    expect(v!.record?.notes).toBe(NOTE)
    expect(v!.shared?.summary).toBe(SUMMARY)
    expect(v!.followUps).toEqual([{ dueDate: '2026-12-20', text: '回访阅读情况', done: false, closed: null }])
  }
})

test('a subject teacher of the class: strengths and strategies only, no summary, no internal note', async () => {
  const a = ok(await archive(subject()))
  expect(a.level).toBe('teaching')
  expect(a.visits[0]).toMatchObject({ record: null, followUps: [], shared: { summary: null, strategies: ['每天一起阅读二十分钟'] } })
  expect(a.visits[0]!.shared!.strengths).toEqual([{ domain: 'study', text: '数学课上爱动脑筋' }])
  const text = JSON.stringify(a)
  for (const hidden of [NOTE, SUMMARY, '可以多做些家务', '希望多组织户外活动', '回访阅读情况']) expect(text).not.toContain(hidden)
})

test('a bound parent: the shared summary, strengths and strategies, never the internal notes', async () => {
  const a = ok(await archive(family.parent))
  expect(a.level).toBe('parent')
  expect(a.visits[0]).toMatchObject({ record: null, followUps: [], shared: { summary: SUMMARY } })
  const text = JSON.stringify(a)
  for (const hidden of [NOTE, '可以多做些家务', '希望多组织户外活动', '回访阅读情况']) expect(text).not.toContain(hidden)
})

test('anyone else gets the answer of a missing student; bad input is refused in Chinese; nothing written', async () => {
  const print = await fingerprint(srv.store)
  const missing = await archive(headTeacher(), 'stu-nope')
  expect(missing).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  for (const who of [demo.headTeacherOfOtherSchool(), demo.teacherOf(CLASS, false), familyNo(1).parent]) {
    expect(await archive(who)).toEqual(missing)
  }
  const bad = await srv.callRaw(headTeacher(), 'visits', 'archive', { studentId: '' })
  expect(bad).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  expect(await fingerprint(srv.store)).toBe(print)
})

test('every staff read is audited, a parent read is not', async () => {
  const before = await audits(ARCHIVE_AUDIT_ACTION)
  ok(await archive(subject()))
  expect(await audits(ARCHIVE_AUDIT_ACTION)).toBe(before + 1)
  ok(await archive(family.parent))
  expect(await audits(ARCHIVE_AUDIT_ACTION)).toBe(before + 1)
  // The clock is frozen: entries share their instant, so look for this caller's among them.
  const entries = await srv.direct.find('audit_log', { where: { schoolId: demo.schoolId, action: ARCHIVE_AUDIT_ACTION }, limit: 100 })
  const entry = entries.find((e) => e.actorUserId === subject())
  expect(entry).toMatchObject({ targetType: 'family', targetId: family.student.familyId, actorUserId: subject() })
})

async function sheetOf(userId: string) {
  const res = ok(await srv.call(userId, 'imports', 'archiveXlsx', { studentId }))
  const file = await srv.files.get(res.fileId)
  expect(file).toMatchObject({ name: `${family.student.name}-家访档案.xlsx`, ownerUserId: userId })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file!.bytes) as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]!
  const rows: string[][] = []
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((c) => String(c ?? ''))))
  return rows
}

test('the export: a row per visit, the columns of the caller, audited; not for parents or others', async () => {
  const before = await audits(ARCHIVE_EXPORT_AUDIT_ACTION)
  const full = await sheetOf(headTeacher())
  expect(full).toHaveLength(2)
  expect(full[0]).toEqual(expect.arrayContaining(['家访时间', '闪光点', '内部备注', '跟进安排']))
  expect(full[1]!.join('|')).toContain(NOTE)
  const teaching = await sheetOf(subject())
  expect(teaching).toHaveLength(2)
  expect(teaching.flat().join('|')).not.toContain(NOTE)
  expect(teaching.flat().join('|')).not.toContain(SUMMARY)
  expect(teaching[1]!.join('|')).toContain('数学课上爱动脑筋')
  expect(await audits(ARCHIVE_EXPORT_AUDIT_ACTION)).toBe(before + 2)
  for (const who of [family.parent, demo.headTeacherOfOtherSchool()]) {
    expect(await srv.call(who, 'imports', 'archiveXlsx', { studentId })).toMatchObject({ ok: false })
  }
  expect(await audits(ARCHIVE_EXPORT_AUDIT_ACTION)).toBe(before + 2)
})

test('reads do not deepen with the number of visits: 1 visit and 20 visits alike', async () => {
  const other = familyNo(1)
  const [visit] = await srv.direct.find('visits', { where: { _id: visitId }, limit: 1 })
  const [record] = await srv.direct.find('visit_records', { where: { _id: visitId }, limit: 1 })
  for (let i = 0; i < 20; i++) {
    const id = `vis-many-${i}`
    const base = { familyId: other.student.familyId }
    await srv.direct.insert('visits', { ...visit!, ...base, _id: id, studentIds: [other.student._id] } as never)
    await srv.direct.insert('visit_records', { ...record!, ...base, _id: id, visitId: id } as never)
  }
  trace.reset()
  ok(await archive(headTeacher()))
  const one = trace.depth
  trace.reset()
  const many = ok(await archive(headTeacher(), other.student._id))
  expect(many.visits).toHaveLength(20)
  expect(trace.depth).toBe(one)
})

test('the visit page links to each child’s archive on the teacher side only', async () => {
  expect(ok(await srv.call(headTeacher(), 'visits', 'get', { visitId })).studentIds).toEqual([studentId])
  expect(ok(await srv.call(family.parent, 'visits', 'get', { visitId })).studentIds).toEqual([])
})
