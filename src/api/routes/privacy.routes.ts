import { IMPORT_AUDIT_ACTION } from '../../core/contract/privacy.contract'
import { ok } from '../../core/result'
import { describeTargets } from '../audit-words'
import { repos } from '../repos'
import type { RouteTable } from '../types'
import { correctionTasks, handleCorrection, requestCorrection } from './privacy/corrections'
import { familyProfile } from './privacy/family-profile'
import { myData, myDataFile } from './privacy/own-data'

export const privacyRoutes: RouteTable<'privacy'> = {
  familyProfile,

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
