// A student's visit archive, shaped for the caller's level. Reads are grouped: the student, then the family's
// visits with the class and the caller's binding, then the records, then the plans' follow-ups by id —
// whatever the number of visits.
import { ARCHIVE_LIMIT, type Archive, type ArchiveLevel, type ArchiveVisit } from '../../core/contract/visits-archive.contract'
import type { Student } from '../../core/model/family.schema'
import { FOLLOW_UP_CLOSED_LABELS, followUpId, type FollowUp, type VisitRecordDoc } from '../../core/model/record.schema'
import type { Visit } from '../../core/model/visit.schema'
import type { Fallback } from '../../core/video/video.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { hasAnyRole, LEADER } from '../../core/roles'
import { isCoVisitor } from '../../core/visit/join.rules'
import { sharedPart } from '../../core/visit/record.rules'
import { auditEntry } from '../audit'
import { recordAudit } from '../audit-writer'
import { isHeadOf, teachesClass } from '../policy'
import { repos } from '../repos'
import type { Caller, Ctx } from '../types'

const SHOWN = new Set(['scheduled', 'completed'])

type HeldVia = Map<string, Fallback>
export type LoadedArchive = { archive: Archive; student: Student }

function staffLevel(caller: Caller, student: Student, visits: Visit[]): ArchiveLevel | null {
  const staffId = caller.staff?._id
  if (!staffId || caller.schoolId !== student.schoolId) return null
  if (hasAnyRole(caller.roles, LEADER) || isHeadOf(caller, student.classId)) return 'full'
  if (visits.some((v) => v.teacherId === staffId || isCoVisitor(v, staffId))) return 'full'
  if (teachesClass(caller, student.classId) || student.mentorIds.includes(staffId)) return 'teaching'
  return null
}

async function isBoundParent(store: DocStore, caller: Caller, studentId: string) {
  if (!caller.roles.includes('parent')) return false
  return (await store.count('bindings', { userId: caller.user._id, studentId, status: 'approved' })) > 0
}

const followUpView = ({ dueDate, text, done, closedWhy }: FollowUp) => ({
  dueDate,
  text,
  done,
  closed: closedWhy && FOLLOW_UP_CLOSED_LABELS[closedWhy],
})

function entry(level: ArchiveLevel, visit: Visit, doc: VisitRecordDoc | null, followUps: FollowUp[], held: HeldVia): ArchiveVisit {
  const shared = doc ? sharedPart(doc.record) : null
  const full = level === 'full'
  return {
    visitId: visit._id,
    startAt: visit.agreed?.option.startAt ?? visit.startAt,
    format: visit.agreed?.option.format ?? null,
    heldVia: held.get(visit._id) ?? null,
    status: visit.status,
    visitorName: visit.teacherName,
    coVisitorNames: visit.coVisitors.map((c) => c.name),
    submitted: !!doc,
    record: full ? (doc?.record ?? null) : null,
    // Subject teachers get the strengths and strategies, not the summary written for the parents.
    shared: shared && { ...shared, summary: level === 'teaching' ? null : shared.summary },
    followUps: full ? followUps.filter((f) => f.visitId === visit._id).map(followUpView) : [],
  }
}

/** null for a missing student and for a caller who may not see this archive alike. */
export async function loadArchive(store: DocStore, caller: Caller, studentId: string): Promise<LoadedArchive | null> {
  const r = repos(store)
  const student = await r.students.get(studentId)
  if (!student) return null
  const [family, cls, bound] = await Promise.all([
    r.visits.find({ where: { familyId: student.familyId }, orderBy: [['updatedAt', 'desc']], limit: ARCHIVE_LIMIT }),
    r.classes.get(student.classId),
    caller.staff ? false : isBoundParent(store, caller, studentId),
  ])
  const visits = family
    .filter((v) => SHOWN.has(v.status) && v.studentIds.includes(studentId))
    .sort((a, b) => (b.startAt ?? b.createdAt).localeCompare(a.startAt ?? a.createdAt))
  const level = bound ? 'parent' : staffLevel(caller, student, visits)
  if (!level) return null
  const ids = visits.map((v) => v._id)
  // The visit as held says when a video visit fell back to Tencent Meeting or the phone.
  const [docs, sessions] = await Promise.all([r.visit_records.getMany(ids), r.visit_sessions.getMany(ids)])
  const held: HeldVia = new Map(sessions.flatMap((s) => (s.heldVia ? [[s.visitId, s.heldVia] as const] : [])))
  // Follow-ups are stored by id (`<visitId>:<i>`): the records say how many each has.
  const followUpIds = level === 'full' ? docs.flatMap((d) => (d.record.plan?.followUps ?? []).map((_, i) => followUpId(d.visitId, i))) : []
  const followUps = followUpIds.length ? await r.follow_ups.getMany(followUpIds) : []
  const docOf = (id: string) => docs.find((d) => d._id === id) ?? null
  const archive: Archive = {
    studentId,
    studentName: student.name,
    className: cls?.name ?? '',
    level,
    visits: visits.map((v) => entry(level, v, docOf(v._id), followUps, held)),
  }
  return { archive, student }
}

/** Staff reads are on the audit log before they are answered; parents read their own child's. */
export async function auditArchive(store: DocStore, ctx: Ctx, loaded: LoadedArchive, action: string, reason: string) {
  if (loaded.archive.level === 'parent') return
  const { schoolId, familyId } = loaded.student
  await recordAudit(store, auditEntry(ctx, { schoolId, action, targetType: 'family', targetId: familyId, reason }))
}
