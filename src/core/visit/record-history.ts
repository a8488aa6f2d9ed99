// A record's versions for the history screen: newest first, each with the parts of the form that changed
// from the version before, named as the form names them.
import { opinionRoute, TOPIC_LABELS, type VisitRecord } from './record.rules'

export const RECORD_PART_LABELS: Record<keyof VisitRecord, string> = {
  ...TOPIC_LABELS,
  feedback: '德智体美劳反馈',
  strategies: '共育策略',
  guidance: '家庭教育指导',
  school: '学校情况介绍',
  opinions: '家长意见',
  opinionRoutes: '家长意见转给谁',
  plan: '个性化共育方案',
  summary: '给家长的小结',
  notes: '内部备注',
  integrity: '廉洁家访承诺',
}

const PARTS = Object.keys(RECORD_PART_LABELS) as (keyof VisitRecord)[]

/** Deep equality of plain JSON values (a stored record holds nothing else); key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.length === kb.length && ka.every((k) => k in rb && sameValue(ra[k], rb[k]))
}

/** A part as it takes effect: an opinion without a stored route goes to the class, so [] and ['class'] are one choice. */
const effective = (r: VisitRecord, k: keyof VisitRecord): unknown =>
  k === 'opinionRoutes' ? r.opinions.map((_, i) => opinionRoute(r, i)) : r[k]

/** The labels of the parts that differ, in the form's order. */
export const changedParts = (before: VisitRecord, after: VisitRecord): string[] =>
  PARTS.filter((k) => !sameValue(effective(before, k), effective(after, k))).map((k) => RECORD_PART_LABELS[k])

export type RecordVersion = { n: number; at: string; record: VisitRecord }
/** changes: null for the first submission; [] when a version was saved without a difference. */
export type VersionRow = { n: number; at: string; changes: string[] | null }

export function versionHistory(versions: RecordVersion[]): VersionRow[] {
  const sorted = [...versions].sort((a, b) => a.n - b.n)
  const rows = sorted.map((v, i) => ({ n: v.n, at: v.at, changes: i === 0 ? null : changedParts(sorted[i - 1]!.record, v.record) }))
  return rows.reverse()
}
