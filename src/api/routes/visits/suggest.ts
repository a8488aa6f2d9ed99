// Suggested times for the families a teacher selected: each family's free windows (every bound
// guardian's, together), clear of the teacher's agreed visits and open proposals. A family the
// teacher does not answer for is refused, with nothing about it. Round trips do not grow with families.
import type { Suggestion } from '../../../core/contract/visits-bulk.contract'
import { availabilityId } from '../../../core/model/availability.schema'
import { isOnRoll, type Student } from '../../../core/model/family.schema'
import type { Visit } from '../../../core/model/visit.schema'
import { ok } from '../../../core/result'
import { availabilityWords, unionAvailability } from '../../../core/visit/availability.rules'
import { responsibilityFor } from '../../../core/visit/responsibility.rules'
import { SUGGEST_DAYS, suggestTimes, type Busy, type FamilyAsk } from '../../../core/visit/suggest'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { Caller, RouteTable } from '../../types'
import { claimsOf } from './suggest-claims'

type R = RouteTable<'visits'>
type Store = Parameters<typeof repos>[0]

export const REFUSED_MESSAGE = '找不到这个学生，或您不负责这个家庭的家访'
const SAME_FAMILY_MESSAGE = '和前面选的学生是同一个家庭，一次家访就够了'

export const suggest: R['suggest'] = async ({ studentIds }, ctx, { store }) => {
  const ids = [...new Set(studentIds)]
  const families = await familiesOf(store, ctx.caller, ids, ctx.now)
  const [asks, claims] = await Promise.all([
    asksOf(store, families),
    claimsOf(
      store,
      ctx.caller.schoolId ?? '-',
      families.families.map((f) => f.familyId),
      ctx.caller.staff?._id ?? '-',
      ctx.now,
    ),
  ])
  // A family already claimed gets no times (nor takes any from the others).
  const open = asks.filter((a) => !claims.has(a.ask.key))
  const times = suggestTimes({ families: open.map((a) => a.ask), busy: families.busy, now: ctx.now })
  const seen = new Set<string>()
  const suggestions = ids.map((studentId): Suggestion => {
    const student = families.students.get(studentId)
    const ask = student ? asks.find((a) => a.ask.key === student.familyId) : undefined
    if (!student || !ask) return { studentId, ok: false, code: 'VISIT.NOT_RESPONSIBLE', message: REFUSED_MESSAGE }
    if (seen.has(student.familyId)) return { studentId, ok: false, code: 'INPUT.INVALID', message: SAME_FAMILY_MESSAGE }
    seen.add(student.familyId)
    const { reachable, words } = ask
    const claim = claims.get(student.familyId) ?? null
    const options = times.get(student.familyId) ?? []
    return { studentId, ok: true, studentName: student.name, availability: words, reachable, claim, options }
  })
  return ok({ suggestions })
}

/** The requested students the caller answers for, their families' children, and the caller's busy times. */
async function familiesOf(store: Store, caller: Caller, ids: string[], now: Date) {
  const r = repos(store)
  const staff = caller.staff
  const found = staff ? await r.students.getMany(ids) : []
  const seen = found.filter((s) => canSeeStudent(caller, s) && isOnRoll(s))
  const familyIds = [...new Set(seen.map((s) => s.familyId))]
  const teacherId = staff?._id ?? '-'
  const horizon = { gte: now.toISOString(), lte: new Date(now.getTime() + (SUGGEST_DAYS + 1) * 24 * 3600e3).toISOString() }
  const [children, scheduled, waiting] = await Promise.all([
    familyIds.length ? r.students.find({ where: { familyId: { in: familyIds } }, limit: 100 }) : [],
    r.visits.find({ where: { teacherId, status: 'scheduled', startAt: horizon }, limit: 100 }),
    r.visits.find({
      where: { teacherId, status: { in: ['awaiting_parent', 'awaiting_teacher'] } },
      orderBy: [['updatedAt', 'desc']],
      limit: 50,
    }),
  ])
  const byFamily = new Map<string, Student[]>()
  // Only children on roll: a child who left is neither named nor makes the caller responsible (as propose).
  for (const c of children.filter(isOnRoll)) byFamily.set(c.familyId, [...(byFamily.get(c.familyId) ?? []), c])
  // Seeing a child is not enough: only staff who answer for the family get anything about it.
  const mine = familyIds.filter((f) => staff && responsibilityFor(staff, byFamily.get(f) ?? []) !== null)
  return {
    students: new Map(seen.filter((s) => mine.includes(s.familyId)).map((s) => [s._id, s])),
    families: mine.map((familyId) => ({ familyId, children: byFamily.get(familyId)! })),
    busy: busyOf([...scheduled, ...waiting]),
  }
}

/** Agreed visits block their agreed time; open proposals block every time they offer. */
function busyOf(visits: Visit[]): Busy[] {
  return visits.flatMap((v) => (v.status === 'scheduled' ? (v.agreed ? [v.agreed.option] : []) : v.options))
}

/** Each family's windows and formats: the union over its bound guardians. */
async function asksOf(store: Store, { families }: Awaited<ReturnType<typeof familiesOf>>) {
  const r = repos(store)
  const childIds = families.flatMap((f) => f.children.map((c) => c._id))
  const bindings = childIds.length
    ? await r.bindings.find({ where: { studentId: { in: childIds.slice(0, 100) }, status: 'approved' }, limit: 100 })
    : []
  const userIds = [...new Set(bindings.map((b) => b.userId))].slice(0, 100)
  const saved = await r.availability.getMany(userIds.map(availabilityId))
  return families.map(({ familyId, children }) => {
    const parents = new Set(bindings.filter((b) => children.some((c) => c._id === b.studentId)).map((b) => b.userId))
    const theirs = saved.filter((a) => parents.has(a.userId))
    const union = unionAvailability(theirs)
    const ask: FamilyAsk = { key: familyId, windows: union.windows, formats: union.formats }
    return { ask, reachable: parents.size > 0, words: availabilityWords(theirs.length ? union : null) }
  })
}
