// Agreed visits of this and next school year re-filed under the calendar's new dates: found by range
// queries on their agreed start outside each period's new bounds, moved claim by claim (the new id is
// the lock), in batches.
import { dayjs } from '../../../core/time'
import { isSemesterId, periodEndsAt, periodOfVisit, periodsAt, periodsOn, type Calendar, type Period } from '../../../core/coverage/calendar'
import type { FamilyClaim } from '../../../core/model/system.schema'
import { MAX_PAGE, type DocStore, type WriteOp } from '../../../core/ports/doc-store'
import { repos } from '../../repos'
import { claimId } from '../visits/access'

export type Refiled = { refiled: number; kept: number }

/** A school year's three periods under a calendar. */
function periodsOfYear(cal: Calendar, schoolYear: number): Period[] {
  const first = periodsOn(cal, `${schoolYear}-${cal.yearStart}`)
  const spring = periodsOn(cal, dayjs(`${first.semester.last}T00:00:00Z`).add(1, 'day').format('YYYY-MM-DD')).semester
  return [first.year, first.semester, spring]
}

const startsAt = (p: Period) => dayjs(`${p.first}T00:00:00+08:00`).toISOString()

async function pages<T>(read: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await read(skip)
    out.push(...page)
    if (page.length < MAX_PAGE) return out
  }
}

/** Claims of one school whose agreed start lies outside the period they are filed under, as the calendar now says. */
async function misfiled(store: DocStore, schoolId: string, periods: Period[]): Promise<FamilyClaim[]> {
  const claims = repos(store).familyClaims
  const found = await Promise.all(
    periods.flatMap((p) =>
      [{ lt: startsAt(p) }, { gte: periodEndsAt(p) }].map((startAt) =>
        pages((skip) => claims.find({ where: { schoolId, periodId: p.id, startAt }, limit: MAX_PAGE, skip })),
      ),
    ),
  )
  return found.flat()
}

function moveOps(c: FamilyClaim, periodId: string): WriteOp[] {
  const { _v, ...rest } = c
  return [
    { kind: 'remove', coll: 'claims', id: c._id },
    { kind: 'insert', coll: 'claims', doc: { ...rest, _id: claimId(c.familyId, periodId), periodId } },
    { kind: 'update', coll: 'visits', id: c.visitId, set: { periodId } },
  ]
}

export async function refileClaims(store: DocStore, districtId: string, before: Calendar, after: Calendar, now: Date): Promise<Refiled> {
  const r = repos(store)
  const schools = await pages((skip) => r.schools.find({ where: { districtId }, limit: MAX_PAGE, skip }))
  const years = new Set([periodsAt(before, now).year.schoolYear, periodsAt(after, now).year.schoolYear].flatMap((y) => [y, y + 1]))
  const periods = [...years].flatMap((y) => periodsOfYear(after, y))
  const claims = (await Promise.all(schools.map((s) => misfiled(store, s._id, periods)))).flat()
  const moves = claims
    .map((c) => ({ claim: c, periodId: periodOfVisit(after, isSemesterId(c.periodId), c.startAt!).id }))
    .filter((m) => m.periodId !== m.claim.periodId)
  // A period already claimed for the family keeps its claim: the moved visit stays where it was.
  const targets = moves.map((m) => claimId(m.claim.familyId, m.periodId))
  const taken = new Set<string>()
  for (let i = 0; i < targets.length; i += MAX_PAGE) (await r.familyClaims.getMany(targets.slice(i, i + MAX_PAGE))).forEach((c) => taken.add(c._id))
  const free = moves.filter((_, i) => !taken.has(targets[i]!))
  let refiled = 0
  const per = Math.max(1, Math.floor(store.maxBatchOps / 3))
  for (let i = 0; i < free.length; i += per) {
    const group = free.slice(i, i + per)
    if ((await store.batch(group.flatMap((m) => moveOps(m.claim, m.periodId)))).ok) refiled += group.length
    // Claimed meanwhile by someone else: try each on its own, so one taken period does not hold up the rest.
    else for (const m of group) if ((await store.batch(moveOps(m.claim, m.periodId))).ok) refiled += 1
  }
  return { refiled, kept: moves.length - refiled }
}
