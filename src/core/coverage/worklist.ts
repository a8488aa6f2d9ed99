// The teacher's worklist (还需家访), pure: which of the families a teacher owns still need a visit in
// the period they are due, in the order a teacher works through them. The route reads; this decides.
import { dayjs } from '../time'
import { localDaysAhead } from '../visit/record.time'
import { dayBefore, localDateOf, periodsOn, type Calendar, type Period, type Periods } from './calendar'
import { dueFor, type ClaimState } from './rules'

/** Why a family is on the list: a required visit now, or a dated follow-up of a co-education plan. */
export const WORK_KINDS = ['required', 'follow_up'] as const
export type WorkKind = (typeof WORK_KINDS)[number]

/** A deadline this close (days) is shown as soon. */
export const DUE_SOON_DAYS = 21
/**
 * A plan follow-up joins the list this many days before its date (time to arrange a call or a visit)
 * and stays, overdue, until its owner marks it done.
 */
export const FOLLOW_UP_AHEAD_DAYS = 7

export type WorkFamily = { _id: string; special: boolean; active: boolean; grade: number | null; classId: string | null }
export type WorkChild = { _id: string; familyId: string; name: string; classId: string; birthMonth: string }
export type WorkClass = { name: string; grade: number }
export type WorkClaim = { familyId: string; periodId: string; state: ClaimState; startAt: string | null; teacherName: string }
/** An open follow-up the caller owns (the author of the record whose plan set it). */
export type WorkFollowUp = { _id: string; familyId: string; visitId: string; dueDate: string; text: string }

export type WorkRow = {
  kind: WorkKind
  familyId: string
  /** The child a proposal is made with (the youngest): a visit covers every child of the family. */
  studentId: string
  children: Array<{ name: string; className: string }>
  special: boolean
  deadline: string
  dueSoon: boolean
  missedLast: boolean
  lastVisit: { startAt: string; teacherName: string } | null
  /** For a follow-up: which one (to mark it done), what to do; `deadline` is its date. */
  followUp: { id: string; visitId: string; text: string; overdue: boolean } | null
}
export type Worklist = { rows: WorkRow[]; inProgress: number; done: number }


/** The semester and the school year before the current ones. */
export function previousPeriods(cal: Calendar, now: Periods): Periods {
  return { semester: periodsOn(cal, dayBefore(now.semester.first)).semester, year: periodsOn(cal, dayBefore(now.year.first)).year }
}

/** The period a family owes a visit for now, and the one before it of the same kind. */
export function periodsOwed(f: WorkFamily, now: Periods, before: Periods): { due: Period; last: Period } | null {
  if (!dueFor(f, now)) return null
  return f.special ? { due: now.semester, last: before.semester } : { due: now.year, last: before.year }
}

export type WorklistInput = {
  now: Date
  periods: Periods
  before: Periods
  families: WorkFamily[]
  children: WorkChild[]
  classes: ReadonlyMap<string, WorkClass>
  claims: WorkClaim[]
  /** The school's lowest grade: a family whose youngest is in it came this school year and missed nothing before. */
  entryGrade: number | null
  /** Earlier periods in which the school recorded any visit here: before it used the app, nobody "missed" one. */
  tracked: ReadonlySet<string>
  /** The caller's open follow-ups up to followUpHorizon(now); the family need not be theirs any more. */
  followUps: WorkFollowUp[]
}

type Ordered = WorkRow & { order: [number, string, string] }
/** Children's names in pinyin order; one collator (localeCompare with a locale builds one per call). */
const byName = new Intl.Collator('zh-Hans-CN')

/** The last Shanghai date a follow-up may fall on to be listed now. */
export const followUpHorizon = (now: Date) => localDaysAhead(now, FOLLOW_UP_AHEAD_DAYS)

/** Follow-ups first (they have a date), then the families still to visit; and how many of the due ones are under way or done. */
export function buildWorklist(input: WorklistInput): Worklist {
  const claims = new Map(input.claims.map((c) => [`${c.familyId}|${c.periodId}`, c]))
  const kids = new Map<string, WorkChild[]>()
  for (const c of input.children) kids.set(c.familyId, [...(kids.get(c.familyId) ?? []), c])
  const rows: Ordered[] = []
  let inProgress = 0
  let done = 0
  for (const f of input.families) {
    const owed = periodsOwed(f, input.periods, input.before)
    const children = youngestFirst(kids.get(f._id) ?? [], input.classes)
    if (!owed || !children.length) continue
    const held = claims.get(`${f._id}|${owed.due.id}`)
    if (!held) rows.push(rowOf(input, f, owed, children, claims.get(`${f._id}|${owed.last.id}`)))
    else if (held.state === 'completed' || held.state === 'confirmed') done++
    else inProgress++
  }
  rows.push(...followUpRows(input, kids))
  rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1].localeCompare(b.order[1]) || byName.compare(a.order[2], b.order[2]))
  return { rows: rows.map(({ order: _order, ...row }) => row), inProgress, done }
}

function rowOf(input: WorklistInput, f: WorkFamily, owed: { due: Period; last: Period }, children: WorkChild[], last?: WorkClaim): Ordered {
  const first = children[0]!
  // A family whose youngest is in the entry grade was not here last school year.
  const newcomer = input.entryGrade !== null && f.grade === input.entryGrade && owed.last.schoolYear < owed.due.schoolYear
  // A visit proposed but never agreed did not take place.
  const missedLast = !newcomer && input.tracked.has(owed.last.id) && (!last || last.state === 'proposed')
  const held = last?.startAt && last.state !== 'proposed' && last.startAt <= input.now.toISOString()
  return {
    kind: 'required',
    familyId: f._id,
    studentId: first._id,
    children: children.map((c) => ({ name: c.name, className: input.classes.get(c.classId)?.name ?? '' })),
    special: f.special,
    deadline: owed.due.last,
    dueSoon: daysBetween(localDateOf(input.now), owed.due.last) <= DUE_SOON_DAYS,
    missedLast,
    lastVisit: held ? { startAt: last.startAt!, teacherName: last.teacherName } : null,
    followUp: null,
    order: [f.special ? (missedLast ? 0 : 1) : 2, classKey(input.classes.get(f.classId ?? first.classId)), first.name],
  }
}

function followUpRows(input: WorklistInput, kids: Map<string, WorkChild[]>): Ordered[] {
  const today = localDateOf(input.now)
  const horizon = followUpHorizon(input.now)
  const special = new Map(input.families.map((f) => [f._id, f.special]))
  return input.followUps.flatMap((f): Ordered[] => {
    const children = youngestFirst(kids.get(f.familyId) ?? [], input.classes)
    if (f.dueDate > horizon || !children.length) return []
    return [
      {
        kind: 'follow_up',
        familyId: f.familyId,
        studentId: children[0]!._id,
        children: children.map((c) => ({ name: c.name, className: input.classes.get(c.classId)?.name ?? '' })),
        // Shown only for a family the caller still owns, as on the rest of the list.
        special: special.get(f.familyId) ?? false,
        deadline: f.dueDate,
        dueSoon: true,
        missedLast: false,
        lastVisit: null,
        followUp: { id: f._id, visitId: f.visitId, text: f.text, overdue: f.dueDate < today },
        order: [-1, f.dueDate, children[0]!.name],
      },
    ]
  })
}

/** Lowest grade first, then the most recent birth month: the home child comes first. */
function youngestFirst(children: WorkChild[], classes: ReadonlyMap<string, WorkClass>): WorkChild[] {
  const grade = (c: WorkChild) => classes.get(c.classId)?.grade ?? 99
  return [...children].sort((a, b) => grade(a) - grade(b) || b.birthMonth.localeCompare(a.birthMonth) || a._id.localeCompare(b._id))
}

/** Grade, then class name ("三年级2班" before "三年级10班"): sortable as one string. */
const classKey = (c: WorkClass | undefined) =>
  c ? `${String(c.grade).padStart(2, '0')}|${c.name.replace(/\d+/g, (n) => n.padStart(4, '0'))}` : '99|'

const daysBetween = (from: string, to: string) => dayjs(`${to}T00:00:00Z`).diff(dayjs(`${from}T00:00:00Z`), 'day')
