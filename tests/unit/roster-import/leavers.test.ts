// A student the student sheet no longer lists is marked left when the import runs (the retention clock
// starts there); listed again, the mark goes; a file without a student sheet marks no one.
import { knownRefs, planImport, validateFile, type Existing, type RawSheet } from '../../../src/core/roster-import'
import { applyOps, emptySchool, idMaker, sheet, staffRow, studentRow } from './builders'

const JUNE = '2027-07-01T00:00:00.000Z'
const SEPT = '2027-09-01T00:00:00.000Z'

function plan(existing: Existing, sheets: RawSheet[], now: string) {
  const { file, errors } = validateFile(sheets, knownRefs(existing))
  expect(errors).toEqual([])
  return planImport({ schoolId: 'sch-1', existing, file, newId: idMaker(), now })
}

const rows = [studentRow({ 学号: 'T001' }), studentRow({ 学号: 'T002', 姓名: '赵一', 监护人1姓名: '赵强', 监护人1电话: '16600000003' })]
const leftAtOf = (state: Existing, no: string) => state.students.find((s) => s.studentNo === no)!.leftAt ?? null

test('a student missing from the sheet is marked left once, at the import that first missed them', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), [sheet('学生', rows)], JUNE).ops)
  expect(leftAtOf(state, 'T002')).toBeNull()
  const left = applyOps(state, plan(state, [sheet('学生', [rows[0]!])], JUNE).ops)
  expect(leftAtOf(left, 'T002')).toBe(JUNE)
  expect(leftAtOf(left, 'T001')).toBeNull()
  // A later import without them keeps the first date, and writes nothing.
  expect(plan(left, [sheet('学生', [rows[0]!])], SEPT).ops).toEqual([])
})

test('listed again, a leaver is back at school', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), [sheet('学生', rows)], JUNE).ops)
  const left = applyOps(state, plan(state, [sheet('学生', [rows[0]!])], JUNE).ops)
  const back = applyOps(left, plan(left, [sheet('学生', rows)], SEPT).ops)
  expect(leftAtOf(back, 'T002')).toBeNull()
})

test('a staff-only file marks no student as left', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), [sheet('学生', rows)], JUNE).ops)
  const p = plan(state, [sheet('教职工', [staffRow({ 角色: '班主任', 班主任班级: '一年级1班' })])], SEPT)
  const after = applyOps(state, p.ops)
  expect(['T001', 'T002'].map((no) => leftAtOf(after, no))).toEqual([null, null])
})
