import { validateFile } from '../../../src/core/roster-import'
import { sheet, staffRow, studentRow } from './builders'

const none = { classNames: new Set<string>(), studentNos: new Set<string>() }
const messages = (sheets: Parameters<typeof validateFile>[0], known = none) => validateFile(sheets, known).errors.map((e) => e.message)

test('a clean row parses to canonical values', () => {
  const { file, errors } = validateFile(
    [sheet('学生', [studentRow({ 特殊家庭类别: '留守儿童、城乡低保', 学习困难学科: '数学，英语', 出生年月: '2019年9月' })])],
    none,
  )
  expect(errors).toEqual([])
  expect(file.students?.[0]).toMatchObject({
    row: 2,
    studentNo: 'T001',
    gender: 'M',
    birthMonth: '2019-09',
    cls: { name: '一年级1班', grade: 1 },
    categories: ['left_behind', 'min_allowance'],
    difficultySubjects: ['数学', '英语'],
    guardians: [{ slot: 1, name: '王建国', relation: 'father', phone: '16600000001' }],
  })
  expect(file.staff).toBeNull()
})

test('each bad cell gets a Chinese message with its sheet and Excel row number, said once', () => {
  const rows = [
    studentRow(),
    studentRow({ 学号: 'T002', 姓名: '' }),
    studentRow({ 学号: 'T003', 性别: '男生' }),
    studentRow({ 学号: 'T004', 监护人1电话: '12345' }),
    studentRow({ 学号: 'T005', 特殊家庭类别: '贫困户' }),
    studentRow({ 学号: 'T006', 监护人1关系: '叔叔' }),
    studentRow({ 学号: 'T007', 班级: '火箭班' }),
    studentRow({ 学号: 'T008', 监护人2姓名: '李梅' }),
    studentRow({ 学号: 'T001' }),
  ]
  expect(messages([sheet('学生', rows)])).toEqual([
    '学生表第3行：姓名不能为空',
    '学生表第4行：性别“男生”无法识别，请填写“男”或“女”',
    '学生表第5行：监护人1电话格式不正确（应为11位手机号）',
    expect.stringMatching(/^学生表第6行：特殊家庭类别“贫困户”无法识别/),
    expect.stringMatching(/^学生表第7行：监护人1关系“叔叔”无法识别/),
    '学生表第8行：班级“火箭班”无法识别，请填写如“1班”或“三年级1班”',
    '学生表第9行：监护人2关系不能为空',
    '学生表第9行：监护人2电话不能为空',
    '学生表第10行：学号重复（与第2行相同）',
  ])
  // 监护人2 has a name but no relation or phone: both reported
  expect(messages([sheet('学生', [studentRow({ 监护人2姓名: '李梅' })])])).toEqual([
    '学生表第2行：监护人2关系不能为空',
    '学生表第2行：监护人2电话不能为空',
  ])
})

test('staff rows are checked against the file, each message naming its sheet', () => {
  const msgs = messages([
    sheet('学生', [studentRow()]),
    sheet('教职工', [
      staffRow(),
      staffRow({ 电话: '16500000001' }),
      staffRow({ 电话: '16500000002', 角色: '班长' }),
      staffRow({ 电话: '16500000003', 任教班级及学科: '二年级1班:数学' }),
      staffRow({ 电话: '16500000004', 角色: '班主任' }),
      staffRow({ 电话: '16500000005', 导师学生学号: 'T999' }),
    ]),
  ])
  expect(msgs).toEqual([
    '教职工表第3行：电话重复（与第2行相同）',
    expect.stringMatching(/^教职工表第4行：角色“班长”无法识别/),
    '教职工表第5行：班级“二年级1班”在学生表和系统中都不存在',
    '教职工表第6行：角色含“班主任”，请填写班主任班级',
    '教职工表第7行：导师学生学号“T999”不存在',
  ])
})

test('a missing required column is reported on row 1', () => {
  const s = sheet('学生', [studentRow()])
  s.headers = s.headers.map((h) => (h === '性别' ? '备注' : h))
  expect(messages([s])).toEqual(['学生表第1行：缺少“性别”列，请使用导入模板'])
})

test('one phone for two differently named guardians is refused', () => {
  const msgs = messages([sheet('学生', [studentRow(), studentRow({ 学号: 'T002', 监护人1姓名: '王大明' })])])
  expect(msgs).toEqual(['学生表第3行：监护人1电话与第2行的监护人“王建国”相同，但姓名不同'])
})

test('a CSV file (one sheet named after the file) reads "学生表第3行", not the file name', () => {
  const csv = { ...sheet('学生', [studentRow(), studentRow({ 学号: 'T002', 出生年月: '2019-13' })]), name: 'bad' }
  const msgs = messages([csv])
  expect(msgs).toEqual([expect.stringMatching(/^学生表第3行：出生年月“2019-13”格式不正确/)])
  expect(msgs.join()).not.toMatch(/bad|第3行：第3行/)
})

test('a school’s own names for several student sheets stay, so the right sheet can be found', () => {
  const grade1 = { ...sheet('学生', [studentRow()]), name: '一年级' }
  const grade2 = { ...sheet('学生', [studentRow({ 学号: 'T001', 监护人1电话: '16600000009' })]), name: '二年级' }
  expect(messages([grade1, grade2])).toEqual(['“二年级”表第2行：学号重复（与“一年级”表第2行相同）'])
})

test('a file with no student or staff sheet gets one message about the file, no row', () => {
  const other = { name: '说明', headers: ['说明'], rows: [{ row: 2, values: ['请填写'] }] }
  expect(messages([other])).toEqual(['没有找到“学生”或“教职工”表，请使用导入模板'])
})
