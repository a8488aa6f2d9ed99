// Keeps each family's coverage facts (home class, special, owner) in step with the roster: run after an
// import, a reassignment or a seed. Idempotent: it writes only families whose facts changed, in batches
// the engine applies whole, so running it again (or after a crash) converges.
import { SCHEMAS } from '../../core/collections'
import { periodsAt, type Calendar } from '../../core/coverage/calendar'
import { familyCoverage, type ClassFacts, type FamilyCoverage, type StaffFacts } from '../../core/coverage/rules'
import type { Family, Student } from '../../core/model/family.schema'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { readAll } from '../../core/ports/typed-repo'
import { repos } from '../repos'
import { calendarOf } from './calendar'
import { clearRepairs, repairOps, repairsFor, type Repair } from './member-repairs'
import { memberFacts, writeSpecialMembers } from './special-members'

const FIELDS = ['classId', 'grade', 'special', 'active', 'ownerId', 'ownerWhy'] as const satisfies ReadonlyArray<keyof FamilyCoverage>

export type RefreshResult = { families: number; changed: number }

/** Every family of a school, or only `familyIds` (at most 100), recomputed from the roster as it is now. */
export async function refreshFamilies(store: DocStore, schoolId: string, now: Date, familyIds?: string[]): Promise<RefreshResult> {
  const r = repos(store)
  const [calendar, classes, staff] = await Promise.all([
    calendarOf(store, schoolId),
    readAll(store, 'classes', SCHEMAS.classes, { schoolId }),
    readAll(store, 'staff', SCHEMAS.staff, { schoolId }),
  ])
  const [families, students, sensitive] = familyIds
    ? await Promise.all([
        r.families.getMany(familyIds),
        r.students.find({ where: { familyId: { in: familyIds } }, limit: 100 }),
        r.sensitive.getMany(familyIds),
      ])
    : await Promise.all([
        readAll(store, 'families', SCHEMAS.families, { schoolId }),
        readAll(store, 'students', SCHEMAS.students, { schoolId }),
        readAll(store, 'family_sensitive', SCHEMAS.family_sensitive, { schoolId }),
      ])
  const facts = factsOf({ calendar, now, classes, staff, families, students, sensitive })
  const sealed = new Map(sensitive.map((s) => [s._id, s]))
  const members = facts
    .filter(({ family }) => family.schoolId === schoolId)
    .map(({ family, next }) => memberFacts(family._id, next.active, sealed.get(family._id)))
  const ops = changes(facts)
  // Only a family with a category can be listed: the others need no marker, whatever their due state.
  const listed = new Set(members.filter((m) => m.categories.length > 0).map((m) => m.familyId))
  const repairs = await writeChanges(store, schoolId, now, ops, listed)
  // After the families: a crash in between leaves the markers, and the scheduler brings those entries in line.
  await writeSpecialMembers(store, schoolId, now, members, familyIds)
  await clearRepairs(store, repairs)
  return { families: families.length, changed: ops.length }
}

/** The family updates in batches, each with the markers of the listed families it makes due or not. */
async function writeChanges(store: DocStore, schoolId: string, now: Date, ops: WriteOp[], listed: ReadonlySet<string>): Promise<Repair[]> {
  const all: Repair[] = []
  // Half a batch of updates leaves room for their markers.
  const per = Math.max(1, Math.floor(store.maxBatchOps / 2))
  for (let i = 0; i < ops.length; i += per) {
    const part = ops.slice(i, i + per)
    const repairs = repairsFor(schoolId, part, now).filter((r) => listed.has(r.familyId))
    const done = await store.batch([...part, ...repairOps(repairs)])
    if (!done.ok) throw new Error(`coverage refresh: batch failed (${done.reason})`)
    all.push(...repairs)
  }
  return all
}

type Inputs = {
  calendar: Calendar
  now: Date
  classes: Array<{ _id: string; headTeacherId: string | null; grade: number }>
  staff: Array<Omit<StaffFacts, 'staffId'> & { _id: string }>
  families: Family[]
  students: Student[]
  sensitive: Array<{ _id: string; categories: readonly string[]; withdrawnBy: readonly string[] }>
}

type Facts = Array<{ family: Family; next: FamilyCoverage }>

/** The family updates that bring stored facts in line with the roster (pure). */
export function changes(facts: Facts): WriteOp[] {
  const ops: WriteOp[] = []
  for (const { family: f, next } of facts) {
    const set = Object.fromEntries(FIELDS.filter((k) => f[k] !== next[k]).map((k) => [k, next[k]]))
    if (Object.keys(set).length) ops.push({ kind: 'update', coll: 'families', id: f._id, set })
  }
  return ops
}

/** Each family's coverage facts as the roster says now (pure). */
export function factsOf({ calendar, now, classes, staff, families, students, sensitive }: Inputs): Facts {
  const yearId = periodsAt(calendar, now).year.id
  const classMap = new Map<string, ClassFacts & { grade: number }>(classes.map((c) => [c._id, { classId: c._id, headTeacherId: c.headTeacherId, grade: c.grade }]))
  const staffMap = new Map<string, StaffFacts>(staff.map((s) => [s._id, { staffId: s._id, status: s.status, roles: s.roles, teachings: s.teachings }]))
  const special = new Map(sensitive.map((s) => [s._id, s.categories.length > 0]))
  const kids = new Map<string, Student[]>()
  // A student who left stays on file until erased (a year on) but no longer makes the family due.
  for (const s of students) if (!s.leftAt) kids.set(s.familyId, [...(kids.get(s.familyId) ?? []), s])
  return families.map((f) => {
    const children = (kids.get(f._id) ?? []).map((s) => ({ ...s, grade: classMap.get(s.classId)?.grade ?? 99 }))
    const assignedTo = f.assignment?.yearId === yearId ? f.assignment.staffId : null
    return { family: f, next: familyCoverage({ children, special: special.get(f._id) ?? false, assignedTo }, classMap, staffMap) }
  })
}
