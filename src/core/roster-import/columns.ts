// The columns of the two import sheets: the template writes these headers, the reader maps them back.
export type Column = { key: string; label: string; required: boolean; aliases?: string[]; example: string; note: string }

const guardianColumns = (n: number, required: boolean): Column[] => [
  {
    key: `g${n}Name`,
    label: `监护人${n}姓名`,
    required,
    example: n === 1 ? '张建国' : '',
    note: n === 1 ? '必填' : '选填；填写则三项都要填',
  },
  {
    key: `g${n}Relation`,
    label: `监护人${n}关系`,
    required,
    example: n === 1 ? '父亲' : '',
    note: '父亲、母亲、爷爷、奶奶、外公、外婆、其他监护人',
  },
  {
    key: `g${n}Phone`,
    label: `监护人${n}电话`,
    required,
    aliases: [`监护人${n}手机`, `监护人${n}手机号`],
    example: n === 1 ? '13800000001' : '',
    note: '11位手机号；兄弟姐妹填同一电话即视为同一家庭',
  },
]

export const STUDENT_SHEET = '学生'
export const STAFF_SHEET = '教职工'
export const HELP_SHEET = '说明'

export const STUDENT_COLUMNS: Column[] = [
  {
    key: 'studentNo',
    label: '学号',
    required: true,
    aliases: ['学生学号', '学籍号'],
    example: '2026010199',
    note: '必填，全校唯一；再次导入时按学号更新',
  },
  { key: 'name', label: '姓名', required: true, aliases: ['学生姓名'], example: '张小明', note: '必填' },
  { key: 'gender', label: '性别', required: true, example: '男', note: '男 或 女' },
  { key: 'birthMonth', label: '出生年月', required: true, aliases: ['出生日期'], example: '2019-09', note: '如 2019-09 或 2019年9月' },
  { key: 'grade', label: '年级', required: true, example: '一年级', note: '如 一年级、七年级、初一、高一' },
  { key: 'className', label: '班级', required: true, aliases: ['班级名称'], example: '1班', note: '如 1班，或完整班名 一年级1班' },
  { key: 'address', label: '家庭住址', required: false, aliases: ['住址'], example: '大武口区青山街道1号', note: '选填' },
  {
    key: 'categories',
    label: '特殊家庭类别',
    required: false,
    aliases: ['家庭类别', '特殊类别'],
    example: '',
    note: '选填，多个用“、”分隔',
  },
  {
    key: 'difficulty',
    label: '学习困难学科',
    required: false,
    aliases: ['学困学科'],
    example: '',
    note: '选填，多个用“、”分隔，如 数学、英语',
  },
  ...guardianColumns(1, true),
  ...guardianColumns(2, false),
  ...guardianColumns(3, false),
]

export const STAFF_COLUMNS: Column[] = [
  { key: 'name', label: '姓名', required: true, aliases: ['教师姓名'], example: '李老师', note: '必填' },
  {
    key: 'phone',
    label: '电话',
    required: true,
    aliases: ['手机', '手机号', '联系电话'],
    example: '13800000002',
    note: '必填，11位手机号；再次导入时按电话更新',
  },
  {
    key: 'roles',
    label: '角色',
    required: true,
    example: '任课教师、导师',
    note: '班主任、任课教师、导师、校长、校领导、中层干部、学校管理员，多个用“、”分隔',
  },
  { key: 'headClasses', label: '班主任班级', required: false, example: '', note: '完整班名，如 一年级1班' },
  {
    key: 'teachings',
    label: '任教班级及学科',
    required: false,
    aliases: ['任教班级'],
    example: '一年级1班:语文',
    note: '如 三年级1班:数学；三年级2班:数学',
  },
  { key: 'mentees', label: '导师学生学号', required: false, aliases: ['导师学生'], example: '2026010199', note: '多个用“、”分隔' },
]

export type HeaderMap = { index: Map<string, number>; missing: Column[] }

const normalise = (h: string) => h.replace(/[\s*＊]/g, '')

/** Header text → column key, by label or alias; whitespace and required-marks (*) ignored. */
export function mapHeaders(columns: Column[], headers: string[]): HeaderMap {
  const index = new Map<string, number>()
  headers.forEach((h, i) => {
    const text = normalise(h)
    const col = columns.find((c) => c.label === text || c.aliases?.includes(text))
    if (col && !index.has(col.key)) index.set(col.key, i)
  })
  return { index, missing: columns.filter((c) => c.required && !index.has(c.key)) }
}

/** A row's cells by column key; absent columns read as ''. */
export function cellsOf(columns: Column[], map: HeaderMap, values: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const c of columns) {
    const i = map.index.get(c.key)
    out[c.key] = i === undefined ? '' : (values[i] ?? '').trim()
  }
  return out
}
