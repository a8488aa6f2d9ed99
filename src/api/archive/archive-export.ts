// imports.archiveXlsx: the archive as one sheet, stored for the caller only (sealed, gone within an hour).
import { ARCHIVE_EXPORT_AUDIT_ACTION } from '../../core/contract/visits-archive.contract'
import { Errors, ok } from '../../core/result'
import { RETENTION } from '../../core/retention.rules'
import { archiveSheet } from '../../core/visit/archive.rows'
import { workbooksOf } from '../roster-import/workbooks'
import type { RouteTable } from '../types'
import { auditArchive, loadArchive } from './archive-read'

const EXPORT_TTL_MS = RETENTION.exports.ms

export const archiveXlsx: RouteTable<'imports'>['archiveXlsx'] = async ({ studentId }, ctx, deps) => {
  const loaded = await loadArchive(deps.store, ctx.caller, studentId)
  // A parent reads the page; the export is for staff (inspection).
  if (!loaded || loaded.archive.level === 'parent') return Errors.notFound('学生')
  const { header, rows } = archiveSheet(loaded.archive)
  const bytes = await workbooksOf(deps).table('家访档案', header, rows)
  const name = `${loaded.archive.studentName}-家访档案.xlsx`
  await auditArchive(deps.store, ctx, loaded, ARCHIVE_EXPORT_AUDIT_ACTION, '导出学生的家访档案')
  const stored = await deps.files.put(name, bytes, ctx.caller.user._id, { expiresAt: new Date(ctx.now.getTime() + EXPORT_TTL_MS) })
  return ok({ fileId: stored.fileId, name })
}
