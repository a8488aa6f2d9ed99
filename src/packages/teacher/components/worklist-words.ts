// What a worklist row and its summary say, apart from how they look: tested without a page.
import type { WorkRowView } from '../../../core/contract/coverage-teacher.contract'
import { formatLocal } from '../../../core/time'

/** How many families a teacher may send proposals to in one go (the bulk page's limit). */
export const MAX_SELECTED = 20
/** Rows shown before 显示全部: the list sits above the classes on the home page. */
export const FIRST_ROWS = 5

type Counted = { rows: Array<Pick<WorkRowView, 'kind'>>; inProgress: number; done: number }

/** The rows that are families still to visit (the follow-ups are listed apart, before them). */
export const requiredRows = <T extends Pick<WorkRowView, 'kind'>>(rows: T[]) => rows.filter((r) => r.kind === 'required')
export const followUpRows = <T extends Pick<WorkRowView, 'kind'>>(rows: T[]) => rows.filter((r) => r.kind === 'follow_up')

/** 到期跟进 2 条 · 还需家访 12 户 · 进行中 3 户 · 已完成 5 户, as separate figures that wrap between one another. */
export function summaryFigures(w: Counted): string[] {
  const ups = followUpRows(w.rows).length
  const families = [`还需家访 ${requiredRows(w.rows).length} 户`, `进行中 ${w.inProgress} 户`, `已完成 ${w.done} 户`]
  return ups ? [`到期跟进 ${ups} 条`, ...families] : families
}

/** 董雯、董娟 */
export const childNames = (row: WorkRowView) => row.children.map((c) => c.name).join('、')

/** 三年级2班、六年级1班 (each class once). */
export const classNames = (row: WorkRowView) => [...new Set(row.children.map((c) => c.className).filter(Boolean))].join('、')

/** 1月31日前: a deadline is never a year away, so the month and day say it. */
export function deadlineWords(deadline: string): string {
  const [, m, d] = deadline.split('-').map(Number)
  return `${m}月${d}日前`
}

/** Red when the visit of the period before is missing: 上学期 for a family due each semester. */
export const missedWords = (row: WorkRowView) => (row.special ? '上学期未家访' : '上学年未家访')

/** 上次家访：2025年10月12日 王丽老师 */
export const lastVisitWords = (row: WorkRowView) =>
  row.lastVisit ? `上次家访：${formatLocal(row.lastVisit.startAt, 'YYYY年M月D日')} ${row.lastVisit.teacherName}老师` : '还没有家访记录'

/** The tags a row shows, in order: what is due by when, then what was missed. */
export type Tag = { text: string; tone: 'special' | 'due' | 'soon' | 'missed' | 'follow' }

export function rowTags(row: WorkRowView): Tag[] {
  const tags: Tag[] = []
  if (row.special) tags.push({ text: '每学期', tone: 'special' })
  if (row.special || row.dueSoon) tags.push({ text: deadlineWords(row.deadline), tone: row.dueSoon ? 'soon' : 'due' })
  if (row.missedLast) tags.push({ text: missedWords(row), tone: 'missed' })
  return tags
}

/** What a screen reader says for a row: everything it shows, in one sentence. */
export function rowLabel(row: WorkRowView): string {
  const tags = rowTags(row).map((t) => (t.tone === 'special' ? '每学期家访' : t.text))
  return [`${childNames(row)}，${classNames(row)}`, ...tags, lastVisitWords(row)].join('，')
}

/** 12月8日前, or 11月28日 已过 in red once the date has passed. */
export function followUpTags(row: WorkRowView): Tag[] {
  const [, m, d] = row.deadline.split('-').map(Number)
  const when: Tag = row.followUp?.overdue
    ? { text: `${m}月${d}日 已过`, tone: 'missed' }
    : { text: deadlineWords(row.deadline), tone: 'soon' }
  return [{ text: '跟进', tone: 'follow' }, when]
}

/** What to do, as the plan says it (the 跟进 tag beside the date already says what it is). */
export const followUpWords = (row: WorkRowView) => row.followUp?.text ?? ''

/** What a screen reader says for a follow-up row: 田豪泽，三年级2班，跟进，12月5日前，电话问问阅读情况 */
export const followUpLabel = (row: WorkRowView) =>
  [`${childNames(row)}，${classNames(row)}`, ...followUpTags(row).map((t) => t.text), followUpWords(row)].join('，')

/** Ticking one more row: the new selection, or null when the limit is reached. */
export function toggled(selected: readonly string[], studentId: string): string[] | null {
  if (selected.includes(studentId)) return selected.filter((id) => id !== studentId)
  return selected.length >= MAX_SELECTED ? null : [...selected, studentId]
}
