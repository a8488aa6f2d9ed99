// One 学生 row: cells → StudentRow, or every problem of the row in Chinese.
import { z } from 'zod'
import {
  birthMonthField,
  categoriesField,
  genderField,
  parseClassCells,
  parseRelation,
  phoneField,
  RELATION_HINT,
  requiredText,
  studentNoField,
  subjectsField,
} from './fields'
import type { RowAt, GuardianRow, StudentRow } from './types'

const GUARDIAN_SLOTS = [1, 2, 3] as const

function guardianSchema(n: number) {
  return z.object({ name: z.string(), relation: z.string(), phone: z.string() }).transform((g, ctx): Omit<GuardianRow, 'slot'> | null => {
    if (n > 1 && !g.name && !g.relation && !g.phone) return null
    const name = requiredText(`监护人${n}姓名`, 20).safeParse(g.name)
    const relation = parseRelation(g.relation)
    const phone = phoneField(`监护人${n}电话`).safeParse(g.phone)
    const relationMessage = g.relation ? `监护人${n}关系“${g.relation}”无法识别，可填：${RELATION_HINT}` : `监护人${n}关系不能为空`
    const messages = [
      name.success ? null : name.error.issues[0]!.message,
      relation ? null : relationMessage,
      phone.success ? null : phone.error.issues[0]!.message,
    ]
    for (const message of messages) if (message) ctx.addIssue({ code: 'custom', message })
    return name.success && phone.success && relation ? { name: name.data, relation, phone: phone.data } : z.NEVER
  })
}

export const StudentRowSchema = z
  .object({
    studentNo: studentNoField,
    name: requiredText('姓名', 20),
    gender: genderField,
    birthMonth: birthMonthField,
    cls: z.object({ grade: z.string(), className: z.string() }).transform((c, ctx) => {
      const cls = parseClassCells(c.grade, c.className)
      if (typeof cls !== 'string') return cls
      ctx.addIssue({ code: 'custom', message: cls })
      return z.NEVER
    }),
    address: z.string().max(100, '家庭住址不能超过100个字'),
    categories: categoriesField,
    difficulty: subjectsField,
    g1: guardianSchema(1),
    g2: guardianSchema(2),
    g3: guardianSchema(3),
  })
  .transform((r) => {
    const guardians: GuardianRow[] = []
    GUARDIAN_SLOTS.forEach((slot) => {
      const g = r[`g${slot}`]
      if (g) guardians.push({ slot, ...g })
    })
    return { ...r, guardians }
  })

/** Cells by column key → a student row or the row's messages (in column order). */
export function parseStudentRow(at: RowAt, cells: Record<string, string>): StudentRow | string[] {
  const guardian = (n: number) => ({
    name: cells[`g${n}Name`] ?? '',
    relation: cells[`g${n}Relation`] ?? '',
    phone: cells[`g${n}Phone`] ?? '',
  })
  const parsed = StudentRowSchema.safeParse({
    ...cells,
    cls: { grade: cells.grade ?? '', className: cells.className ?? '' },
    g1: guardian(1),
    g2: guardian(2),
    g3: guardian(3),
  })
  if (!parsed.success) return parsed.error.issues.map((i) => i.message)
  const d = parsed.data
  return {
    ...at,
    studentNo: d.studentNo,
    name: d.name,
    gender: d.gender,
    birthMonth: d.birthMonth,
    cls: d.cls,
    address: d.address || null,
    categories: d.categories,
    difficultySubjects: d.difficulty,
    guardians: d.guardians,
  }
}
