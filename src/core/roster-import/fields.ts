// Cell rules: text in, a canonical value or a Chinese message out. Each is a zod schema so row
// schemas compose them and report every bad cell of a row at once.
import { z } from 'zod'
import { fail, MOBILE_PATTERN } from '../model/base.schema'
import { RELATION_LABELS, SPECIAL_CATEGORY_LABELS, type Relation, type SpecialCategory } from '../model/family.schema'
import type { ClassRef } from './types'

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Split a list cell on 、，,；; / and whitespace. */
export const splitList = (v: string) =>
  v
    .split(/[、，,；;/\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)

export const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过${max}个字`)

export const studentNoField = requiredText('学号', 32).regex(/^[A-Za-z0-9-]+$/, '学号只能包含字母、数字和“-”')

export const isMobile = (v: string) => MOBILE_PATTERN.test(v)
export const phoneField = (label: string) =>
  z.string().transform((raw, ctx) => {
    const v = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '')
    if (!v) return fail(ctx, `${label}不能为空`)
    return isMobile(v) ? v : fail(ctx, `${label}格式不正确（应为11位手机号）`)
  })

const GENDERS: Record<string, 'M' | 'F'> = { 男: 'M', 女: 'F', M: 'M', F: 'F', m: 'M', f: 'F' }
export const genderField = z.string().transform((v, ctx) => {
  const g = GENDERS[v]
  if (g) return g
  return fail(ctx, v ? `性别“${v}”无法识别，请填写“男”或“女”` : '性别不能为空')
})

/** Accepts 2019-09, 2019/9, 2019.09, 201909, 2019年9月, or a full date (the month is kept). */
export const birthMonthField = z.string().transform((v, ctx) => {
  if (!v) return fail(ctx, '出生年月不能为空')
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})|(\d{2}))/.exec(v)
  const year = Number(m?.[1])
  const month = Number(m?.[2] ?? m?.[3])
  if (!m || month < 1 || month > 12 || year < 1980 || year > 2100) return fail(ctx, `出生年月“${v}”格式不正确，请填写如 2019-09`)
  return `${year}-${String(month).padStart(2, '0')}`
})

const RELATION_ALIASES: Record<string, Relation> = {
  ...Object.fromEntries(Object.entries(RELATION_LABELS).map(([k, label]) => [label, k as Relation])),
  爸爸: 'father',
  妈妈: 'mother',
  祖父: 'grandfather',
  祖母: 'grandmother',
  外祖父: 'maternal_grandfather',
  外祖母: 'maternal_grandmother',
  其他: 'other',
}
export const parseRelation = (v: string): Relation | null => RELATION_ALIASES[v] ?? null
export const RELATION_HINT = Object.values(RELATION_LABELS).join('、')

const CATEGORY_ALIASES: Record<string, SpecialCategory> = {
  ...Object.fromEntries(Object.entries(SPECIAL_CATEGORY_LABELS).map(([k, label]) => [label, k as SpecialCategory])),
  离异: 'divorced',
  单亲: 'single_parent',
  外来务工: 'migrant_worker',
  留守: 'left_behind',
  建档立卡: 'rural_poor',
  建档立卡贫困: 'rural_poor',
  低保: 'min_allowance',
  特困: 'extreme_poverty',
  残疾: 'disabled',
}
const CATEGORY_ORDER = Object.keys(SPECIAL_CATEGORY_LABELS) as SpecialCategory[]
export const sortCategories = (c: Iterable<SpecialCategory>) => CATEGORY_ORDER.filter((k) => new Set(c).has(k))

export const categoriesField = z.string().transform((v, ctx) => {
  const out: SpecialCategory[] = []
  for (const item of splitList(v)) {
    const c = CATEGORY_ALIASES[item]
    if (!c) return fail(ctx, `特殊家庭类别“${item}”无法识别，可填：${Object.values(SPECIAL_CATEGORY_LABELS).join('、')}`)
    out.push(c)
  }
  return sortCategories(out)
})

export const subjectsField = z.string().transform((v, ctx) => {
  const list = [...new Set(splitList(v))]
  const bad = list.find((s) => s.length > 10)
  return bad ? fail(ctx, `学习困难学科“${bad}”过长`) : list
})

/** 一年级…九年级, 1年级, 7, 初一…初三, 高一…高三 → 1..12. */
export function parseGrade(v: string): number | null {
  const s = v.replace(/\s/g, '')
  const cn = (c: string | undefined) => (c ? CN_DIGITS.indexOf(c) + 1 : 0)
  let m = /^(?:([一二三四五六七八九])|(\d{1,2}))(?:年级)?$/.exec(s)
  if (m) return inRange(cn(m[1]) || Number(m[2]), 1, 12)
  m = /^([初高])([一二三])$/.exec(s)
  if (m) return (m[1] === '初' ? 6 : 9) + cn(m[2])
  return null
}
const inRange = (n: number, lo: number, hi: number) => (n >= lo && n <= hi ? n : null)

export const gradeLabel = (grade: number) => (grade <= 9 ? `${CN_DIGITS[grade - 1]}年级` : `高${CN_DIGITS[grade - 10]}`)
export const className = (grade: number, k: number) => `${gradeLabel(grade)}${k}班`

/** A full class name (三年级1班, 初一(2)班) → its canonical form and grade; null when it does not parse. */
export function parseClassName(v: string): ClassRef | null {
  const m = /^(.+?)[(（]?(\d{1,2})[)）]?班$/.exec(v.replace(/\s/g, ''))
  const grade = m ? parseGrade(m[1]!) : null
  const k = Number(m?.[2])
  return m && grade && k >= 1 ? { name: className(grade, k), grade } : null
}

/** 年级 + 班级 cells: 班级 may be "1班", "1" or a full name (which must agree with 年级). */
export function parseClassCells(gradeCell: string, classCell: string): ClassRef | string {
  const full = parseClassName(classCell)
  const grade = gradeCell ? parseGrade(gradeCell) : null
  if (gradeCell && !grade) return `年级“${gradeCell}”无法识别，请填写如“三年级”`
  if (full) return grade && grade !== full.grade ? `班级“${classCell}”与年级“${gradeCell}”不一致` : full
  const k = /^[(（]?(\d{1,2})[)）]?班?$/.exec(classCell.replace(/\s/g, ''))?.[1]
  if (!classCell) return '班级不能为空'
  if (!k || Number(k) < 1) return `班级“${classCell}”无法识别，请填写如“1班”或“三年级1班”`
  if (!grade) return '年级不能为空'
  return { name: className(grade, Number(k)), grade }
}
