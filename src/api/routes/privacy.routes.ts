import { IMPORT_AUDIT_ACTION, READ_REASONS } from '../../core/contract/privacy.contract'
import { maskPhone } from '../../core/privacy/mask'
import { Errors, ok } from '../../core/result'
import { auditEntry } from '../audit'
import { recordAudit } from '../audit-writer'
import { describeTargets } from '../audit-words'
import { canSeeSensitive, canSeeStudent } from '../policy'
import { contactId, repos } from '../repos'
import type { RouteTable } from '../types'
import { correctionTasks, handleCorrection, requestCorrection } from './privacy/corrections'
import { myData, myDataFile } from './privacy/own-data'

export const privacyRoutes: RouteTable<'privacy'> = {
  /** Seven reads whatever the family's size, plus one audit write for every read. */
  familyProfile: async ({ studentId, reason }, ctx, { store }) => {
    const r = repos(store)
    const student = await r.students.get(studentId)
    // Same answer for "missing" and "not yours".
    if (!student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
    const staffId = ctx.caller.staff?._id ?? '-'
    const [siblings, guardians, sensitive, agreedVisits] = await Promise.all([
      r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
      r.guardians.find({ where: { familyId: student.familyId }, limit: 20 }),
      r.sensitive.get(student.familyId),
      // Only an agreed visit counts: proposing alone must not open the family's file.
      store.count('visits', { familyId: student.familyId, teacherId: staffId, status: 'scheduled' }),
    ])
    const [classes, contacts] = await Promise.all([
      r.classes.getMany([...new Set(siblings.map((s) => s.classId))]),
      r.contacts.getMany(guardians.map((g) => contactId(g._id))),
    ])
    const full = canSeeSensitive(ctx.caller, student, { agreed: agreedVisits > 0, family: siblings })
    const withdrawn = (sensitive?.withdrawnBy.length ?? 0) > 0
    const className = (id: string) => classes.find((c) => c._id === id)?.name ?? ''
    const profile = {
      studentId,
      studentName: student.name,
      className: className(student.classId),
      siblings: siblings
        .filter((s) => s._id !== studentId)
        .map((s) => ({ studentId: s._id, name: s.name, className: className(s.classId) })),
      guardians: guardians.map((g) => {
        const phone = contacts.find((c) => c._id === contactId(g._id))?.phone ?? null
        return {
          name: g.name,
          relation: g.relation,
          offline: g.offline,
          onWeChat: !!g.userId,
          phone: phone && (full ? phone : maskPhone(phone)),
          phoneMasked: !full,
        }
      }),
      categories: full && !withdrawn ? (sensitive?.categories ?? []) : null,
      address: full ? (sensitive?.address ?? null) : null,
      sensitiveHidden: !full ? ('not_allowed' as const) : withdrawn ? ('consent_withdrawn' as const) : ('visible' as const),
    }
    // Every read is logged, as the screen promises; the action says whether sensitive data was shown.
    const entry = {
      schoolId: student.schoolId,
      action: full ? 'family.read_sensitive' : 'family.read',
      targetType: 'family',
      targetId: student.familyId,
      reason: READ_REASONS[reason],
    }
    await recordAudit(store, auditEntry(ctx, entry))
    return ok(profile)
  },

  auditLog: async ({ page, pageSize }, { caller }, { store }) => {
    const r = repos(store)
    const schools = caller.user.districtId
      ? await r.schools.find({ where: { districtId: caller.user.districtId }, limit: 100 })
      : await r.schools.getMany(caller.schoolId ? [caller.schoolId] : [])
    // Imports have their own list (imports.history): this one is about families and people.
    const where = { schoolId: { in: schools.map((s) => s._id) }, action: { ne: IMPORT_AUDIT_ACTION } }
    const [total, rows] = await Promise.all([
      r.audit.count(where),
      r.audit.find({ where, orderBy: [['at', 'desc']], limit: pageSize, skip: page * pageSize }),
    ])
    const [actors, subject] = await Promise.all([
      r.users.getMany([...new Set(rows.map((a) => a.actorUserId))]),
      describeTargets(store, rows),
    ])
    return ok({
      total,
      rows: rows.map((a) => ({
        at: a.at,
        schoolName: schools.find((s) => s._id === a.schoolId)?.name ?? '',
        actorName: actors.find((u) => u._id === a.actorUserId)?.name ?? '',
        actorRole: a.actorRole,
        action: a.action,
        target: `${a.targetType}:${a.targetId}`,
        subject: subject(a),
        reason: a.reason,
      })),
    })
  },
  myData,
  myDataFile,
  requestCorrection,
  correctionTasks,
  handleCorrection,
}
