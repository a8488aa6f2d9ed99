// Small in-memory inputs for the roster-import rules.
import { STAFF_COLUMNS, STUDENT_COLUMNS, type Existing, type RawSheet } from '../../../src/core/roster-import'
import type { WriteOp } from '../../../src/core/ports/doc-store'

export type StudentCells = Partial<Record<string, string>>

export const studentRow = (over: StudentCells = {}): StudentCells => ({
  学号: 'T001',
  姓名: '王小明',
  性别: '男',
  出生年月: '2019-09',
  年级: '一年级',
  班级: '1班',
  监护人1姓名: '王建国',
  监护人1关系: '父亲',
  监护人1电话: '16600000001',
  ...over,
})

export const staffRow = (over: StudentCells = {}): StudentCells => ({
  姓名: '李老师',
  电话: '16500000001',
  角色: '任课教师',
  任教班级及学科: '一年级1班:数学',
  ...over,
})

/** A sheet with the template's headers; rows start at Excel row 2. */
export function sheet(name: '学生' | '教职工', rows: StudentCells[]): RawSheet {
  const headers = (name === '学生' ? STUDENT_COLUMNS : STAFF_COLUMNS).map((c) => c.label)
  return { name, headers, rows: rows.map((r, i) => ({ row: i + 2, values: headers.map((h) => r[h] ?? '') })) }
}

export const emptySchool = (): Existing => ({ classes: [], students: [], guardians: [], sensitive: [], staff: [], contacts: [] })

/** Deterministic ids: prefix-1, prefix-2, ... */
export function idMaker() {
  let n = 0
  return (prefix: string) => `${prefix}-${++n}`
}

const COLL_KEY: Record<string, keyof Existing> = {
  classes: 'classes',
  students: 'students',
  guardians: 'guardians',
  family_sensitive: 'sensitive',
  staff: 'staff',
  contacts: 'contacts',
}

/** Applies write ops to an in-memory roster the way the store would (versions included). */
export function applyOps(e: Existing, ops: WriteOp[]): Existing {
  const next = Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v.map((d: object) => ({ ...d }))])) as Existing
  for (const op of ops) {
    const key = COLL_KEY[op.coll]
    if (!key) continue
    const list = next[key] as Array<{ _id: string; _v: number }>
    if (op.kind === 'insert') list.push({ ...op.doc, _v: 1 } as never)
    if (op.kind === 'update') {
      const i = list.findIndex((d) => d._id === op.id)
      if (i < 0 || list[i]!._v !== op.expectVersion) throw new Error(`conflict on ${op.coll}/${op.id}`)
      list[i] = { ...list[i]!, ...op.set, _v: list[i]!._v + 1 }
    }
  }
  return next
}
