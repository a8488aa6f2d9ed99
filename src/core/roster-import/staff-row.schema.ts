// One 教职工 row: cells → StaffRow, or every problem of the row in Chinese.
import { z } from 'zod'
import { fail } from '../model/base.schema'
import { ROLE_LABELS, SCHOOL_STAFF } from '../roles'
import { parseClassName, phoneField, requiredText, splitList } from './fields'
import type { RowAt, StaffRole, StaffRow } from './types'

const STAFF_ROLE_ORDER: readonly StaffRole[] = SCHOOL_STAFF
const ROLE_BY_LABEL = new Map(STAFF_ROLE_ORDER.map((r) => [ROLE_LABELS[r], r]))
const ROLE_HINT = STAFF_ROLE_ORDER.map((r) => ROLE_LABELS[r]).join('、')

const rolesField = z.string().transform((v, ctx) => {
  const roles = new Set<StaffRole>()
  for (const label of splitList(v)) {
    const role = ROLE_BY_LABEL.get(label)
    if (!role) return fail(ctx, `角色“${label}”无法识别，可填：${ROLE_HINT}`)
    roles.add(role)
  }
  return roles.size ? roles : fail(ctx, '角色不能为空')
})

const classListField = z.string().transform((v, ctx) => {
  const names: string[] = []
  for (const item of splitList(v)) {
    const cls = parseClassName(item)
    if (!cls) return fail(ctx, `班主任班级“${item}”无法识别，请填写完整班名，如“三年级1班”`)
    names.push(cls.name)
  }
  return [...new Set(names)]
})

/** "三年级1班:数学；三年级2班:数学、科学" → one teaching per class and subject. */
const teachingsField = z.string().transform((v, ctx) => {
  const out: StaffRow['teachings'] = []
  for (const entry of v
    .split(/[；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [left, right, extra] = entry.split(/[:：]/).map((s) => s.trim())
    const cls = parseClassName(left ?? '')
    const subjects = splitList(right ?? '')
    if (!cls || !subjects.length || extra !== undefined) return fail(ctx, `任教班级及学科“${entry}”格式不正确，请填写如“三年级1班:数学”`)
    if (subjects.some((s) => s.length > 10)) return fail(ctx, `任教学科“${entry}”过长`)
    for (const subject of subjects) {
      if (!out.some((t) => t.className === cls.name && t.subject === subject)) out.push({ className: cls.name, subject })
    }
  }
  return out
})

const menteesField = z.string().transform((v, ctx) => {
  const list = [...new Set(splitList(v))]
  const bad = list.find((s) => !/^[A-Za-z0-9-]{1,32}$/.test(s))
  return bad ? fail(ctx, `导师学生学号“${bad}”格式不正确`) : list
})

export const StaffRowSchema = z.object({
  name: requiredText('姓名', 20),
  phone: phoneField('电话'),
  roles: rolesField,
  headClasses: classListField,
  teachings: teachingsField,
  mentees: menteesField,
})

/** Implied roles are added (a teaching makes a 任课教师); a 班主任 without a class is an error. */
export function parseStaffRow(at: RowAt, cells: Record<string, string>): StaffRow | string[] {
  const parsed = StaffRowSchema.safeParse(cells)
  if (!parsed.success) return parsed.error.issues.map((i) => i.message)
  const d = parsed.data
  const roles = new Set(d.roles)
  if (d.headClasses.length) roles.add('head_teacher')
  if (d.teachings.length) roles.add('subject_teacher')
  if (d.mentees.length) roles.add('mentor')
  if (roles.has('head_teacher') && !d.headClasses.length) return ['角色含“班主任”，请填写班主任班级']
  return {
    ...at,
    name: d.name,
    phone: d.phone,
    roles: STAFF_ROLE_ORDER.filter((r) => roles.has(r)),
    headClasses: d.headClasses,
    teachings: d.teachings,
    menteeNos: d.mentees,
  }
}
