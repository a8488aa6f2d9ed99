// visits.archive: the student's visit timeline, shaped by role; every staff read audited.
import { ARCHIVE_AUDIT_ACTION } from '../../../core/contract/visits-archive.contract'
import { Errors, ok } from '../../../core/result'
import { auditArchive, loadArchive } from '../../archive/archive-read'
import type { RouteTable } from '../../types'

export const archive: RouteTable<'visits'>['archive'] = async ({ studentId }, ctx, { store }) => {
  const loaded = await loadArchive(store, ctx.caller, studentId)
  if (!loaded) return Errors.notFound('学生')
  await auditArchive(store, ctx, loaded, ARCHIVE_AUDIT_ACTION, '查看学生的家访档案')
  return ok(loaded.archive)
}
