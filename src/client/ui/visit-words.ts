// A visit in a list, in words: when it is (labelled by whose time it is), and why it was cancelled.
// A list must never show a time nobody agreed to as if it were the visit's time (walkthrough #12).
import type { ListedVisit } from '../../core/contract/visits-list.contract'
import type { ThreadEntry } from '../../core/model/visit.schema'
import { VISIT_FORMAT_LABELS, type VisitOption } from '../../core/model/visit.schema'
import { windowWords } from '../visit-time'

// Not Array.prototype.findLast: older WeChat clients lack it.
const lastOf = <T>(list: readonly T[], match: (x: T) => boolean): T | null => [...list].reverse().find(match) ?? null

/** A visit page's view or a list's card; the agenda's cards carry no thread (it lists no cancelled visit). */
type Seen = Pick<ListedVisit, 'status' | 'mySide' | 'teacherName' | 'options' | 'offeredBy' | 'agreed' | 'thread'>

/**
 * The last window both sides agreed to, also after a reschedule request cleared it (the thread
 * keeps the accept and the round that offered the chosen time); null if there never was one.
 */
export function lastAgreedOption(v: Pick<ListedVisit, 'agreed' | 'thread'>): VisitOption | null {
  if (v.agreed) return v.agreed.option
  const thread = v.thread ?? []
  const accept = lastOf(thread, (e) => (e.kind === 'accept' || e.kind === 'phone_agreement') && !!e.chosenOptionId)
  if (!accept) return null
  const offered = thread.filter((e) => e.seq <= accept.seq).flatMap((e) => e.options)
  return lastOf(offered, (o) => o.id === accept.chosenOptionId)
}

/** Who a thread entry's author is to the reader: 您, 孙诺怡老师, 孩子的另一位家长, 家长. */
function whoDid(v: Seen, entry: ThreadEntry | null, side: ListedVisit['mySide'] | null, meId: string | null) {
  if (entry && meId && entry.actorUserId === meId) return '您'
  if (side === 'teacher') return `${entry?.actorName || v.teacherName}老师`
  return v.mySide === 'parent' && meId ? '孩子的另一位家长' : '家长'
}

/** "孙诺怡老师取消了：学校临时安排培训" — who cancelled and why, as the reader should hear it. */
export function cancelWords(v: Seen & Pick<ListedVisit, 'cancelledBy' | 'cancelReason'>, meId: string | null = null): string {
  const entry = lastOf(v.thread ?? [], (e) => e.kind === 'cancel')
  const who = whoDid(v, entry, entry?.side ?? v.cancelledBy, meId)
  const reason = (v.cancelReason ?? entry?.text ?? '').trim()
  return reason ? `${who}取消了：${reason}` : `${who}取消了这次家访`
}

/**
 * When, for a list: the agreed window; for a cancelled visit only the time once agreed, labelled
 * 原定 (or nothing); while waiting, the offered time labelled by whose offer it is.
 */
export function visitWhen(v: Seen): string {
  if (v.status === 'cancelled') {
    const was = lastAgreedOption(v)
    return was ? `原定 ${windowWords(was.startAt, was.endAt)}` : ''
  }
  if (v.agreed) return `${windowWords(v.agreed.option.startAt, v.agreed.option.endAt)} · ${VISIT_FORMAT_LABELS[v.agreed.option.format]}`
  const first = v.options[0]
  if (!first) return ''
  const whose = v.offeredBy === v.mySide ? '您' : v.offeredBy === 'teacher' ? `${v.teacherName}老师` : '家长'
  const more = v.options.length > 1 ? ` 等${v.options.length}个时间` : ''
  return `${whose}给的时间：${windowWords(first.startAt, first.endAt)}${more}`
}

/** A date (12月5日（周六）, 2026年12月5日) or a time or window (晚上6:30–7:30): one unit a line must not split. */
export const DATE_OR_CLOCK =
  /(\d{1,2}月\d{1,2}日（周.）|(?:凌晨|上午|中午|下午|晚上)\d{1,2}:\d{2}(?:–(?:凌晨|上午|中午|下午|晚上)?\d{1,2}:\d{2})?|\d{4}年\d{1,2}月\d{1,2}日)/

/** Text split into plain runs and the dates and times in it (odd indexes), which must not break. */
export const splitDates = (text: string): string[] => text.split(DATE_OR_CLOCK)
