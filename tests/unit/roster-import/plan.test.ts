import {
  groupSiblings,
  planImport,
  validateFile,
  knownRefs,
  type Existing,
  type RawSheet,
  type StudentRow,
} from '../../../src/core/roster-import'
import { applyOps, emptySchool, idMaker, sheet, staffRow, studentRow } from './builders'

function plan(existing: Existing, sheets: RawSheet[]) {
  const { file, errors } = validateFile(sheets, knownRefs(existing))
  expect(errors).toEqual([])
  return planImport({ schoolId: 'sch-1', existing, file, newId: idMaker() })
}

const family = [
  studentRow({ 学号: 'T001', 特殊家庭类别: '留守儿童' }),
  studentRow({
    学号: 'T002',
    姓名: '王小红',
    性别: '女',
    年级: '三年级',
    班级: '2班',
    特殊家庭类别: '城乡低保',
    监护人1姓名: '王建国',
    监护人2姓名: '李梅',
    监护人2关系: '母亲',
    监护人2电话: '16600000002',
  }),
  studentRow({ 学号: 'T003', 姓名: '赵一', 监护人1姓名: '赵强', 监护人1电话: '16600000003' }),
]
const sheets = () => [
  sheet('学生', family),
  sheet('教职工', [staffRow({ 角色: '班主任、导师', 班主任班级: '一年级1班', 导师学生学号: 'T003' })]),
]

test('a first import creates everything; siblings across classes share one family', () => {
  const p = plan(emptySchool(), sheets())
  expect(p.summary).toEqual({
    classes: { add: 2, update: 0, unchanged: 0 },
    students: { add: 3, update: 0, unchanged: 0 },
    guardians: { add: 3, update: 0, unchanged: 0 },
    families: { add: 2, update: 0, unchanged: 0 },
    staff: { add: 1, update: 0, unchanged: 0 },
  })
  const state = applyOps(emptySchool(), p.ops)
  const [a, b, c] = ['T001', 'T002', 'T003'].map((no) => state.students.find((s) => s.studentNo === no)!)
  expect(a!.familyId).toBe(b!.familyId)
  expect(a!.classId).not.toBe(b!.classId)
  expect(c!.familyId).not.toBe(a!.familyId)
  expect(state.sensitive.find((f) => f._id === a!.familyId)!.categories).toEqual(['left_behind', 'min_allowance'])
  expect(c!.mentorIds).toEqual([state.staff[0]!._id])
  expect(state.classes.find((k) => k.name === '一年级1班')!.headTeacherId).toBe(state.staff[0]!._id)
  expect(state.contacts.find((k) => k._id === `ct-${state.staff[0]!._id}`)).toMatchObject({ ownerType: 'staff', phone: '16500000001' })
})

test('re-importing the same file plans no writes', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), sheets()).ops)
  const again = plan(state, sheets())
  expect(again.ops).toEqual([])
  expect(again.summary.students).toEqual({ add: 0, update: 0, unchanged: 3 })
  expect(again.summary.families).toEqual({ add: 0, update: 0, unchanged: 2 })
})

test('one changed cell updates exactly one document, as a compare-and-set', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), sheets()).ops)
  const changed = sheets()
  changed[0]!.rows[2]!.values[1] = '赵一鸣'
  const p = plan(state, changed)
  const target = state.students.find((s) => s.studentNo === 'T003')!
  expect(p.ops).toEqual([{ kind: 'update', coll: 'students', id: target._id, set: { name: '赵一鸣' }, expectVersion: 1 }])
  expect(p.summary.students).toEqual({ add: 0, update: 1, unchanged: 2 })
})

test('a new guardian phone for a known guardian updates the contact, not a new guardian', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), sheets()).ops)
  const p = plan(state, [sheet('学生', [family[0]!, family[1]!, { ...family[2]!, 监护人1电话: '16600000033' }])])
  expect(p.ops).toEqual([expect.objectContaining({ kind: 'update', coll: 'contacts', set: { phone: '16600000033' } })])
  expect(p.summary.guardians).toEqual({ add: 0, update: 1, unchanged: 2 })
  expect(p.missingFromFile).toBe(0)
})

test('students missing from the file are kept and counted', () => {
  const state = applyOps(emptySchool(), plan(emptySchool(), sheets()).ops)
  const p = plan(state, [sheet('学生', [family[0]!])])
  expect(p.ops.filter((o) => o.kind !== 'update' || o.coll !== 'students')).toEqual([])
  expect(p.missingFromFile).toBe(2)
})

describe('sibling grouping', () => {
  const row = (studentNo: string, ...phones: string[]) =>
    ({ studentNo, guardians: phones.map((phone, i) => ({ slot: i + 1, name: 'x', relation: 'father', phone })) }) as unknown as StudentRow
  const none = { familyOfStudent: () => undefined, familyOfPhone: () => undefined }

  test('a chain of shared phones is one family', () => {
    const groups = groupSiblings([row('a', '1'), row('b', '2'), row('c', '2', '1'), row('d', '3')], none)
    expect(groups.map((g) => g.rows.map((r) => r.studentNo))).toEqual([['a', 'b', 'c'], ['d']])
  })

  test('a phone an existing guardian has joins that family, as does a student already on file', () => {
    const lookup = {
      familyOfStudent: (no: string) => (no === 'd' ? 'fam-9' : undefined),
      familyOfPhone: (p: string) => (p === '5' ? 'fam-9' : undefined),
    }
    const groups = groupSiblings([row('a', '5'), row('b', '6'), row('d', '7')], lookup)
    expect(groups.map((g) => [g.rows.map((r) => r.studentNo), g.existingFamilyId])).toEqual([
      [['a', 'd'], 'fam-9'],
      [['b'], null],
    ])
  })
})
