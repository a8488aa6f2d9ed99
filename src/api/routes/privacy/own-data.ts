// privacy.myData / myDataFile: a guardian reads and downloads what the school holds about their family.
// Every read is on the audit log before it is answered, like staff reads of the same documents.
import { OWN_DATA_AUDIT_ACTION, OWN_DATA_EXPORT_AUDIT_ACTION, type MyData } from '../../../core/contract/privacy-own-data.contract'
import { ok } from '../../../core/result'
import { RETENTION } from '../../../core/retention.rules'
import { toIso } from '../../../core/time'
import { auditEntry } from '../../audit'
import { recordAudit } from '../../audit-writer'
import { repos } from '../../repos'
import type { Ctx, RouteTable } from '../../types'
import type { DocStore } from '../../../core/ports/doc-store'
import { loadMyData } from './own-data-read'

type R = RouteTable<'privacy'>

async function auditOwn(store: DocStore, ctx: Ctx, data: MyData, action: string, reason: string) {
  const students = await repos(store).students.getMany(data.families.flatMap((f) => f.children.slice(0, 1).map((c) => c.studentId)))
  for (const s of students) {
    await recordAudit(store, auditEntry(ctx, { schoolId: s.schoolId, action, targetType: 'family', targetId: s.familyId, reason }))
  }
}

export const myData: R['myData'] = async (_input, ctx, { store }) => {
  const data = await loadMyData(store, ctx.caller)
  await auditOwn(store, ctx, data, OWN_DATA_AUDIT_ACTION, '家长查看本家庭信息')
  return ok(data)
}

/** A JSON file (readable by any program, PIPL art. 45 portability), the caller's own, gone within the hour. */
export const myDataFile: R['myDataFile'] = async (_input, ctx, deps) => {
  const data = await loadMyData(deps.store, ctx.caller)
  await auditOwn(deps.store, ctx, data, OWN_DATA_EXPORT_AUDIT_ACTION, '家长下载本家庭信息')
  const name = `我的信息-${toIso(ctx.now).slice(0, 10)}.json`
  const body = JSON.stringify({ exportedAt: toIso(ctx.now), ...data }, null, 2)
  const expiresAt = new Date(ctx.now.getTime() + RETENTION.exports.ms)
  const stored = await deps.files.put(name, new TextEncoder().encode(body), ctx.caller.user._id, { expiresAt })
  return ok({ fileId: stored.fileId, name })
}
