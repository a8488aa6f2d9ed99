// What a roster row says about each family before the teacher starts: can the family be reached on
// WeChat, whose visit is it, and may this caller propose one. Grouped reads in two stages per page
// of the roster, so round trips do not grow with the class or the school.
import type { z } from 'zod'
import type { RowVisit, WECHAT_REACH } from '../../../core/contract/roster.contract'
import { isOnRoll, type Student } from '../../../core/model/family.schema'
import { FamilyClaimSchema } from '../../../core/model/system.schema'
import { VisitSchema, type Visit } from '../../../core/model/visit.schema'
import type { Doc, DocStore } from '../../../core/ports/doc-store'
import { parseDoc } from '../../../core/ports/typed-repo'
import { periodsAt } from '../../../core/coverage/calendar'
import { responsibilityFor } from '../../../core/visit/responsibility.rules'
import { calendarOf } from '../../coverage/calendar'
import { chunks } from '../../notify/batches'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import { claimId } from '../visits/access'

export type FamilyFacts = { wechat: (typeof WECHAT_REACH)[number]; visit: RowVisit | null; mayPropose: boolean }

/** Families per read: 20 families hold far fewer than the 100 children (or 40 claims) one read returns. */
const FAMILIES_PER_READ = 20

/** What a row uses of a claim, and all of it that is checked (a claim holds sixteen fields). */
const RowClaimSchema = FamilyClaimSchema.pick({ _id: true, _v: true, familyId: true, teacherId: true, teacherName: true, visitId: true })
type Claim = z.infer<typeof RowClaimSchema>
/**
 * What a row shows of the caller's own visit, and all of it that is checked here: a visit document is
 * ~1.4 KB (options, thread), and checking all of it cost this action ~5 µs per row for fields it never shows.
 */
const RowVisitFieldsSchema = VisitSchema.pick({ _id: true, _v: true, status: true, startAt: true })
/** Nor read: SQLite (or the cloud database) cuts each visit down to these fields before it is sent and parsed. */
const ROW_VISIT_FIELDS = Object.keys(RowVisitFieldsSchema.shape).filter((k) => k !== '_id' && k !== '_v')
type Read = {
  /** The families' children not on this page (another class, or another page of this one). */
  siblings: Student[]
  offline: Record<string, number>
  claims: Claim[]
  bound: Set<string>
  myVisits: Array<Pick<Visit, '_id' | 'status' | 'startAt'>>
}

/** Facts for the families of these students, keyed by family id. */
export async function familyFacts(store: DocStore, caller: Caller, students: Student[], now: Date): Promise<Map<string, FamilyFacts>> {
  const familyIds = [...new Set(students.map((s) => s.familyId))]
  const schoolId = students[0]?.schoolId
  const p = schoolId ? periodsAt(await calendarOf(store, schoolId), now) : null
  const read = await readFamilies(store, caller, students, familyIds, p ? [p.semester.id, p.year.id] : [])
  // The page's own children are not read again: the siblings read leaves them out.
  const children = groupBy([...read.siblings, ...students], (c) => c.familyId)
  const claims = groupBy(read.claims, (c) => c.familyId)
  return new Map(familyIds.map((id) => [id, factsOf(caller, id, children.get(id) ?? [], claims.get(id) ?? [], read)]))
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of xs) {
    const k = key(x)
    const list = out.get(k)
    if (list) list.push(x)
    else out.set(k, [x])
  }
  return out
}

/** `kids`: every child of the family (a proposal reaches every guardian bound to any of them); `held`: its claims. */
function factsOf(caller: Caller, familyId: string, kids: Student[], held: Claim[], read: Read): FamilyFacts {
  const staffId = caller.staff?._id ?? null
  const own = held.find((c) => c.teacherId === staffId)
  const mine = own ? read.myVisits.find((v) => v._id === own.visitId) : undefined
  const other = held.find((c) => c.teacherId !== staffId)
  return {
    wechat: kids.some((k) => read.bound.has(k._id)) ? 'bound' : (read.offline[familyId] ?? 0) > 0 ? 'offline' : 'unbound',
    visit: mine
      ? { kind: 'mine', visitId: mine._id, status: mine.status, startAt: mine.startAt }
      : other
        ? { kind: 'other', teacherName: other.teacherName }
        : null,
    // The two rules visits.propose applies: answering for the family (its children at school now), and nobody holding it this period.
    mayPropose: !!caller.staff && held.length === 0 && responsibilityFor(caller.staff, kids.filter(isOnRoll)) !== null,
  }
}

/** Stage one: the families' other children, guardians without a smartphone and claims; stage two: bindings and own visits. */
async function readFamilies(store: DocStore, caller: Caller, page: Student[], familyIds: string[], periods: string[]): Promise<Read> {
  const groups = chunks(familyIds, FAMILIES_PER_READ)
  // The period a claim counts for depends on the family's categories: look under both, read nothing sensitive.
  const [siblingGroups, offline, claimGroups] = await Promise.all([
    Promise.all(groups.map((ids) => readSiblings(store, page, ids))),
    familyIds.length
      ? store.countBy('guardians', 'familyId', { familyId: { in: familyIds }, offline: true })
      : Promise.resolve<Record<string, number>>({}),
    Promise.all(groups.map((ids) => readClaims(store, ids, periods))),
  ])
  const siblings = siblingGroups.flat()
  const children = [...page, ...siblings]
  const claims = claimGroups.flat()
  const mine = claims.filter((c) => c.teacherId === caller.staff?._id).map((c) => c.visitId)
  const [boundGroups, visitGroups] = await Promise.all([
    Promise.all(
      chunks(
        children.map((c) => c._id),
        100,
      ).map((ids) => store.countBy('bindings', 'studentId', { studentId: { in: ids }, status: 'approved' })),
    ),
    Promise.all(chunks(mine, 100).map(async (ids) => (await store.getMany('visits', ids, ROW_VISIT_FIELDS)).map(rowVisit))),
  ])
  const bound = new Set(boundGroups.flatMap((g) => Object.keys(g).filter((id) => (g[id] ?? 0) > 0)))
  return { siblings, offline, claims, bound, myVisits: visitGroups.flat() }
}

/**
 * The children of these families that are not on the page: the page's own (most of what the families
 * hold) are left out by id, so they are not sent, parsed and checked a second time. No order asked: it
 * would make SQLite sort whole documents, and no fact depends on it.
 */
function readSiblings(store: DocStore, page: Student[], familyIds: string[]): Promise<Student[]> {
  const families = new Set(familyIds)
  const onPage = page.filter((s) => families.has(s.familyId)).map((s) => s._id)
  return repos(store).students.find({ where: { familyId: { in: familyIds }, _id: { nin: onPage } }, limit: 100 })
}

const rowVisit = (doc: Doc) => parseDoc('visits', RowVisitFieldsSchema, doc)

/** Who holds each family in any of these periods. */
async function readClaims(store: DocStore, familyIds: string[], periods: string[]): Promise<Claim[]> {
  const ids = familyIds.flatMap((familyId) => periods.map((p) => claimId(familyId, p)))
  return ids.length ? (await store.getMany('claims', ids)).map((d) => parseDoc('claims', RowClaimSchema, d)) : []
}
