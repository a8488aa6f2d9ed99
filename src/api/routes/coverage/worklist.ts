// 还需家访: the caller's plan follow-ups that are due, and the families the caller owns that still need
// a visit in the period they are due. Reads in two parallel stages whatever the number of families: the
// owned families, the calendar and the open follow-ups (one indexed query), then the claims, the
// children (of both) and the school's classes. No read per family.
import { periodLabel, periodsAt, type Period } from '../../../core/coverage/calendar'
import { buildWorklist, followUpHorizon, periodsOwed, previousPeriods, type WorkClass } from '../../../core/coverage/worklist'
import { isOnRoll, type Family } from '../../../core/model/family.schema'
import type { FollowUp } from '../../../core/model/record.schema'
import type { Staff } from '../../../core/model/people.schema'
import { MAX_PAGE, type DocStore } from '../../../core/ports/doc-store'
import { Errors, ok } from '../../../core/result'
import { calendarOf } from '../../coverage/calendar'
import { chunks } from '../../notify/batches'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { claimId } from '../visits/access'

type R = RouteTable<'coverage'>

/** Families per children read: 20 families hold far fewer than the 100 children one read returns. */
const FAMILIES_PER_READ = 20
/** A teacher owns a class or two of families; past this many the list is cut (a leader should reassign). */
const MAX_OWNED = 1_000
/** Open follow-ups listed at once, earliest first: more than a teacher works through in a week. */
const MAX_FOLLOW_UPS = 50


export const worklist: R['worklist'] = async (_input, ctx, { store }) => {
  const staff = ctx.caller.staff
  if (!staff) return Errors.notFound('家访名单')
  const [calendar, owned, followUps] = await Promise.all([
    calendarOf(store, staff.schoolId),
    ownedFamilies(store, staff),
    dueFollowUps(store, staff, ctx.now),
  ])
  const periods = periodsAt(calendar, ctx.now)
  const before = previousPeriods(calendar, periods)
  const families = owned.filter((f) => f.schoolId === staff.schoolId)
  // Per family: the claim of the period it is due in, and of the one before (the last visit).
  const claimIds = families.flatMap((f) => {
    const owed = periodsOwed(f, periods, before)
    return owed ? [claimId(f._id, owed.due.id), claimId(f._id, owed.last.id)] : []
  })
  const r = repos(store)
  const [claims, children, classes, tracked] = await Promise.all([
    Promise.all(chunks(claimIds, MAX_PAGE).map((ids) => r.familyClaims.getMany(ids))),
    Promise.all(
      chunks([...new Set([...families.map((f) => f._id), ...followUps.map((f) => f.familyId)])], FAMILIES_PER_READ).map((ids) => r.students.find({ where: { familyId: { in: ids } }, limit: MAX_PAGE })),
    ),
    r.classes.find({ where: { schoolId: staff.schoolId }, orderBy: [['grade', 'asc'], ['name', 'asc']], limit: MAX_PAGE }),
    trackedPeriods(store, staff.schoolId, [before.semester.id, before.year.id]),
  ])
  // Children who left are not named (and a family none of whose children is on roll is not listed).
  const kids = children.flat().filter((c) => c.schoolId === staff.schoolId && isOnRoll(c))
  const classMap = await withMissing(store, new Map(classes.map((c) => [c._id, c])), kids.map((c) => c.classId))
  const list = buildWorklist({
    now: ctx.now,
    periods,
    before,
    families,
    children: kids,
    classes: classMap,
    claims: claims.flat(),
    entryGrade: classes[0]?.grade ?? null,
    tracked,
    followUps,
  })
  return ok({ periods: { semester: info(periods.semester), year: info(periods.year) }, ...list })
}

const info = (p: Period) => ({ id: p.id, label: periodLabel(p.id), last: p.last })

/** The caller's active families: one read, or (past a page) a count and every page at once. */
async function ownedFamilies(store: DocStore, staff: Staff): Promise<Family[]> {
  const r = repos(store)
  const where = { ownerId: staff._id, active: true }
  const page = (skip: number) => r.families.find({ where, orderBy: [['_id', 'asc']], limit: MAX_PAGE, skip })
  const first = await page(0)
  if (first.length < MAX_PAGE) return first
  const total = Math.min(await r.families.count(where), MAX_OWNED)
  const rest = await Promise.all(Array.from({ length: Math.ceil(total / MAX_PAGE) - 1 }, (_, i) => page((i + 1) * MAX_PAGE)))
  return [first, ...rest].flat()
}

/** The caller's open follow-ups up to the horizon, earliest first: one indexed query (ownerId, done, dueDate). */
async function dueFollowUps(store: DocStore, staff: Staff, now: Date): Promise<FollowUp[]> {
  const where = { ownerId: staff._id, done: false, dueDate: { lte: followUpHorizon(now) } }
  const rows = await repos(store).follow_ups.find({ where, orderBy: [['dueDate', 'asc']], limit: MAX_FOLLOW_UPS })
  return rows.filter((f) => f.schoolId === staff.schoolId)
}

/** Which of these periods the school recorded any visit in (a school new to the app has none). */
async function trackedPeriods(store: DocStore, schoolId: string, periodIds: string[]): Promise<Set<string>> {
  const counts = await Promise.all(periodIds.map((periodId) => store.count('claims', { schoolId, periodId })))
  return new Set(periodIds.filter((_, i) => counts[i]! > 0))
}

/** A school with more classes than one read returns: fetch the names the children need that it left out. */
async function withMissing(store: DocStore, known: Map<string, WorkClass>, classIds: string[]): Promise<Map<string, WorkClass>> {
  const missing = [...new Set(classIds.filter((id) => !known.has(id)))]
  if (!missing.length) return known
  const found = await Promise.all(chunks(missing, MAX_PAGE).map((ids) => repos(store).classes.getMany(ids)))
  for (const c of found.flat()) known.set(c._id, c)
  return known
}
