// Students a class on file no longer lists are the plan's leavers (marked left once the import is in);
// a leaver listed again is back; a file split by class, or without a student sheet, leaves others alone.
import { knownRefs, planImport, validateFile, type Existing, type RawSheet } from '../../../src/core/roster-import'
import { applyOps, emptySchool, idMaker, sheet, staffRow, studentRow } from './builders'

function plan(existing: Existing, sheets: RawSheet[]) {
  const { file, errors } = validateFile(sheets, knownRefs(existing))
  expect(errors).toEqual([])
  return planImport({ schoolId: 'sch-1', existing, file, newId: idMaker() })
}

const rows = [studentRow({ 学号: 'T001' }), studentRow({ 学号: 'T002', 姓名: '赵一', 监护人1姓名: '赵强', 监护人1电话: '16600000003' })]
const other = studentRow({ 学号: 'T003', 姓名: '钱二', 年级: '三年级', 班级: '2班', 监护人1姓名: '钱强', 监护人1电话: '16600000004' })
const school = () => applyOps(emptySchool(), plan(emptySchool(), [sheet('学生', [...rows, other])]).ops)
const idOf = (state: Existing, no: string) => state.students.find((s) => s.studentNo === no)!._id

test('a student missing from a class on file is a leaver, without a write in the import itself', () => {
  const state = school()
  const p = plan(state, [sheet('学生', [rows[0]!])])
  expect(p.leavers).toEqual([idOf(state, 'T002')])
  expect(p.ops).toEqual([])
})

test('one already marked left is not marked again; listed again, the mark goes', () => {
  const state = school()
  const marked = {
    ...state,
    students: state.students.map((s) => (s.studentNo === 'T002' ? { ...s, leftAt: '2027-07-01T00:00:00.000Z' } : s)),
  }
  expect(plan(marked, [sheet('学生', [rows[0]!])]).leavers).toEqual([])
  const back = plan(marked, [sheet('学生', [...rows, other])])
  expect(back.ops).toEqual([expect.objectContaining({ kind: 'update', coll: 'students', set: { leftAt: null } })])
})

test('a staff-only file has no leavers', () => {
  const p = plan(school(), [sheet('教职工', [staffRow({ 角色: '班主任', 班主任班级: '一年级1班' })])])
  expect(p.leavers).toEqual([])
})
