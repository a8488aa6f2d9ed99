// Personal data of students who left, erased a year after the roster stopped listing them (the
// retention table says what goes and what stays, and why). One student per step: a handful of indexed
// reads and one small batch, so a slice of leavers stays bounded.
import { contactId } from '../core/model/people.schema'
import type { Doc, DocStore, WriteOp } from '../core/ports/doc-store'
import { retentionCutoff } from '../core/retention.rules'
import type { CollectionName } from '../core/collections'
import { repairOps, repairsFor, settleRepairs } from './coverage/member-repairs'

const removeAll = (coll: CollectionName, docs: Doc[]): WriteOp[] => docs.map((d) => ({ kind: 'remove', coll, id: d._id }))

/** Leavers past their period: each erased; answers how many. */
export async function eraseLeavers(store: DocStore, now: Date, limit = 20): Promise<number> {
  const due = await store.find('students', { where: { leftAt: { lt: retentionCutoff('leftStudents', now) } }, limit })
  for (const s of due) await eraseLeaver(store, s, now)
  return due.length
}

async function eraseLeaver(store: DocStore, student: Doc, now: Date) {
  const [bindings, corrections] = await Promise.all([
    store.find('bindings', { where: { studentId: student._id }, limit: 100 }),
    store.find('corrections', { where: { studentId: student._id }, limit: 100 }),
  ])
  const ops = [...removeAll('bindings', bindings), ...removeAll('corrections', corrections), ...removeAll('students', [student])]
  const erased = await familyErasure(store, student)
  // The family leaves the school's category lists; a marker in the batch if it stops before that.
  const repairs = repairsFor(student.schoolId as string, erased, now)
  if ((await store.batch([...ops, ...erased, ...repairOps(repairs)])).ok) await settleRepairs(store, repairs, now)
}

/** The family's personal data goes with its last child at school; a sibling still there keeps it. */
async function familyErasure(store: DocStore, student: Doc): Promise<WriteOp[]> {
  const familyId = student.familyId as string
  const children = await store.find('students', { where: { familyId }, limit: 100 })
  if (children.some((c) => c._id !== student._id && !c.leftAt)) return []
  const [guardians, family] = await Promise.all([
    store.find('guardians', { where: { familyId }, limit: 100 }),
    store.get('families', familyId),
  ])
  // The family record names no one: kept so the visit archive and past figures still add up, its category hint cleared.
  const keep: WriteOp[] = family ? [{ kind: 'update', coll: 'families', id: familyId, set: { active: false, special: false } }] : []
  return [
    ...keep,
    ...(await visitsWithoutNames(store, familyId)),
    { kind: 'remove', coll: 'family_sensitive', id: familyId },
    ...removeAll('guardians', guardians),
    ...guardians.map((g): WriteOp => ({ kind: 'remove', coll: 'contacts', id: contactId(g._id) })),
  ]
}

/** What an erased family's parents are called in the visit archive instead of their names. */
export const ERASED_PARENT = '已离校学生家长'

/** The family's visits stay as the school's archive, with the parents' names taken out. */
async function visitsWithoutNames(store: DocStore, familyId: string): Promise<WriteOp[]> {
  const visits = await store.find('visits', { where: { familyId }, orderBy: [['updatedAt', 'desc']], limit: 100 })
  return visits.map((v) => {
    const agreed = v.agreed as Record<string, unknown> | null
    const thread = (v.thread as Array<Record<string, unknown>>).map((e) => (e.side === 'parent' ? { ...e, actorName: ERASED_PARENT } : e))
    return { kind: 'update', coll: 'visits', id: v._id, set: { thread, agreed: agreed && { ...agreed, parentName: ERASED_PARENT } } }
  })
}
