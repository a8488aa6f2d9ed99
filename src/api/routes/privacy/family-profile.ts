// A staff member's view of one student's family. Sensitive data (categories, address, full phones) is
// read only for a caller who will see it: the head teacher and school leaders see it by their post, with
// no visit to count; anyone else only once an agreed visit makes them the family's visitor.
import { READ_REASONS } from '../../../core/contract/privacy.contract'
import type { FamilySensitive, Guardian, Student } from '../../../core/model/family.schema'
import type { SchoolClass } from '../../../core/model/school.schema'
import { maskPhone } from '../../../core/privacy/mask'
import { Errors, ok } from '../../../core/result'
import type { DocStore } from '../../../core/ports/doc-store'
import { auditEntry } from '../../audit'
import { recordAudit } from '../../audit-writer'
import { canSeeSensitive, canSeeStudent, seesSensitiveByPost } from '../../policy'
import { contactId, repos } from '../../repos'
import type { Caller, RouteTable } from '../../types'

type Family = {
  siblings: Student[]
  guardians: Guardian[]
  classes: SchoolClass[]
  phones: Map<string, string | null>
  /** Read only when shown. */
  sensitive: FamilySensitive | null
  full: boolean
}

/** Seven reads at most whatever the family's size (six for a caller who sees by post), plus the audit entry. */
export const familyProfile: RouteTable<'privacy'>['familyProfile'] = async ({ studentId, reason }, ctx, { store }) => {
  const student = await repos(store).students.get(studentId)
  // Same answer for "missing" and "not yours".
  if (!student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
  const f = await readFamily(store, ctx.caller, student)
  const withdrawn = (f.sensitive?.withdrawnBy.length ?? 0) > 0
  const className = (id: string) => f.classes.find((c) => c._id === id)?.name ?? ''
  const profile = {
    studentId,
    studentName: student.name,
    className: className(student.classId),
    siblings: f.siblings
      .filter((s) => s._id !== studentId)
      .map((s) => ({ studentId: s._id, name: s.name, className: className(s.classId) })),
    guardians: f.guardians.map((g) => {
      const phone = f.phones.get(g._id) ?? null
      return {
        name: g.name,
        relation: g.relation,
        offline: g.offline,
        onWeChat: !!g.userId,
        phone: phone && (f.full ? phone : maskPhone(phone)),
        phoneMasked: !f.full,
      }
    }),
    categories: f.full && !withdrawn ? (f.sensitive?.categories ?? []) : null,
    address: f.full ? (f.sensitive?.address ?? null) : null,
    sensitiveHidden: !f.full ? ('not_allowed' as const) : withdrawn ? ('consent_withdrawn' as const) : ('visible' as const),
  }
  // Every read is logged, as the screen promises; the action says whether sensitive data was shown.
  const entry = {
    schoolId: student.schoolId,
    action: f.full ? 'family.read_sensitive' : 'family.read',
    targetType: 'family',
    targetId: student.familyId,
    reason: READ_REASONS[reason],
  }
  await recordAudit(store, auditEntry(ctx, entry))
  return ok(profile)
}

/** Two grouped steps: the family (and, for a caller who sees by post, its sensitive record); then classes, phones and, for a visitor, the sensitive record. */
async function readFamily(store: DocStore, caller: Caller, student: Student): Promise<Family> {
  const r = repos(store)
  const byPost = seesSensitiveByPost(caller, student)
  const staffId = caller.staff?._id ?? '-'
  const [siblings, guardians, early, agreedVisits] = await Promise.all([
    r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
    r.guardians.find({ where: { familyId: student.familyId }, limit: 20 }),
    byPost ? r.sensitive.get(student.familyId) : null,
    // Only an agreed visit counts: proposing alone must not open the family's file.
    byPost ? 0 : store.count('visits', { familyId: student.familyId, teacherId: staffId, status: 'scheduled' }),
  ])
  const full = byPost || canSeeSensitive(caller, student, { agreed: agreedVisits > 0, family: siblings })
  const [classes, contacts, late] = await Promise.all([
    r.classes.getMany([...new Set(siblings.map((s) => s.classId))]),
    r.contacts.getMany(guardians.map((g) => contactId(g._id))),
    full && !byPost ? r.sensitive.get(student.familyId) : null,
  ])
  const phones = new Map(guardians.map((g) => [g._id, contacts.find((c) => c._id === contactId(g._id))?.phone ?? null]))
  return { siblings, guardians, classes, phones, sensitive: early ?? late, full }
}
