// What the parent home shows, worked out from the loaded lists: the one visit waiting first (with the
// children it is about), each child's own visit this semester, and the visits that are history.
import type { FamilyVisit as VisitView } from '../../core/contract/visits-list.contract'
import { semesterOf } from '../../core/time'
import { pickWaiting } from '../../client/agenda'
import { cancelWords, lastAgreedOption } from '../../client/ui/visit-words'
import { dayWords, windowWords } from '../../client/visit-time'

type Child = { studentId: string; name: string }

/** A visit is about a child when it names them (a visit covers one family: siblings share it). */
const isAbout = (v: VisitView, child: Child) => v.studentNames.includes(child.name)

/** The visit's day: the agreed one, else the first offered, else when it was proposed. */
const dayOf = (v: VisitView) => lastAgreedOption(v)?.startAt ?? v.options[0]?.startAt ?? v.thread[0]?.at ?? null

const OPEN_ORDER: VisitView['status'][] = ['awaiting_parent', 'awaiting_teacher', 'scheduled']

/**
 * The child's visit this semester: one still under way (waiting for the parent first), else the
 * latest (the list comes most recently changed first); null when there is none this semester.
 */
export function currentVisit(child: Child, visits: VisitView[], now: Date): VisitView | null {
  const term = semesterOf(now).id
  const mine = visits.filter((v) => isAbout(v, child) && dayOf(v) !== null && semesterOf(dayOf(v)!).id === term)
  for (const status of OPEN_ORDER) {
    const open = mine.find((v) => v.status === status)
    if (open) return open
  }
  return mine[0] ?? null
}

/** Only this guardian's own children, by name (a visit's list may name a sibling they are not bound to). */
export const childrenNamed = (v: VisitView, children: Child[]): string[] => {
  const own = v.studentNames.filter((n) => children.some((c) => c.name === n))
  return own.length ? own : v.studentNames
}

export type ChildLine = { text: string; tone: 'answer' | 'waiting' | 'scheduled' | 'done' | 'cancelled' | 'none'; more: string[] }

/** A child's visit status in one line ("12月5日（周六）晚上6:30–7:30 家访已约好"), and what else to know. */
export function childLine(v: VisitView | null, meId: string | null, left = false): ChildLine {
  // A child who left gets no new visits: say so rather than "no visit yet" (a visit still open is shown).
  if (!v) return { text: left ? '不再安排新的家访' : '本学期还没有家访', tone: 'none', more: [] }
  const teacher = `${v.teacherName}老师`
  switch (v.status) {
    case 'awaiting_parent':
      return { text: `等您回复：${teacher}想来家访`, tone: 'answer', more: [] }
    case 'awaiting_teacher':
      return { text: `等${teacher}回复您给的时间`, tone: 'waiting', more: [] }
    case 'scheduled': {
      const o = v.agreed?.option
      return { text: o ? `${windowWords(o.startAt, o.endAt)} 家访已约好` : '家访已约好', tone: 'scheduled', more: [] }
    }
    case 'completed': {
      const o = v.agreed?.option
      return { text: o ? `${dayWords(o.startAt)} 已家访` : '已家访', tone: 'done', more: [] }
    }
    case 'cancelled': {
      const was = lastAgreedOption(v)
      const more = [cancelWords(v, meId), ...(was ? [`原定 ${windowWords(was.startAt, was.endAt)}`] : [])]
      return { text: '家访已取消', tone: 'cancelled', more }
    }
  }
}

export type HomeVisits = {
  waiting: { visit: VisitView; names: string[] } | null
  byChild: Map<string, VisitView | null>
  /** Visits no child card shows (earlier ones, other semesters), most recent first. */
  history: VisitView[]
}

export function homeVisits(children: Child[], visits: VisitView[], now: Date): HomeVisits {
  const first = pickWaiting(visits, now)
  const byChild = new Map(children.map((c) => [c.studentId, currentVisit(c, visits, now)] as const))
  const shown = new Set([...byChild.values()].map((v) => v?.visitId))
  return {
    waiting: first ? { visit: first, names: childrenNamed(first, children) } : null,
    byChild,
    history: visits.filter((v) => !shown.has(v.visitId)),
  }
}
