import { IMPORT_AUDIT_ACTION } from '../../core/contract/privacy.contract'
import { uploadExpiry, uploadPrefix } from '../../core/ports/file-storage'
import { Errors, ok } from '../../core/result'
import { archiveXlsx } from '../archive/archive-export'
import { applyImport, previewImport } from '../roster-import/import-service'
import { importTemplate } from '../roster-import/template'
import { resumeImport, importProgress } from '../roster-import/resume'
import { isSchoolWide } from '../policy'
import { repos } from '../repos'
import type { RouteTable } from '../types'

export const importsRoutes: RouteTable<'imports'> = {
  /** Only files under the caller's own upload folder can be adopted: nobody registers another's file. */
  registerUpload: async ({ cloudFileId, name }, { caller, now }, { files }) => {
    if (!cloudFileId.includes(`/${uploadPrefix(caller.user._id)}`)) return Errors.notFound('文件')
    // A roster is personal data: sealed, its original deleted, and itself gone within a day.
    const adopted = await files.adopt(cloudFileId, name, caller.user._id, uploadExpiry(now))
    return adopted.ok ? ok({ fileId: adopted.data.fileId }) : adopted
  },
  template: async (_input, { caller }, deps) => {
    if (!caller.schoolId || !isSchoolWide(caller, caller.schoolId)) return Errors.forbidden()
    return ok(await importTemplate(deps))
  },
  preview: (input, ctx, deps) => previewImport(input, ctx, deps),
  apply: (input, ctx, deps) => applyImport(input, ctx, deps),
  progress: (_input, ctx, deps) => importProgress(ctx, deps),
  resume: (_input, ctx, deps) => resumeImport(ctx, deps),
  /** Each applied import is one entry of the audit log: who, when, which file, what changed. */
  history: async ({ page, pageSize }, { caller }, { store }) => {
    if (!caller.schoolId || !isSchoolWide(caller, caller.schoolId)) return Errors.forbidden()
    const r = repos(store)
    const where = { schoolId: caller.schoolId, action: IMPORT_AUDIT_ACTION }
    const [total, rows] = await Promise.all([
      r.audit.count(where),
      r.audit.find({ where, orderBy: [['at', 'desc']], limit: pageSize, skip: page * pageSize }),
    ])
    const actors = await r.users.getMany([...new Set(rows.map((a) => a.actorUserId))])
    const actorName = (id: string) => actors.find((u) => u._id === id)?.name ?? ''
    return ok({ total, rows: rows.map((a) => ({ at: a.at, actorName: actorName(a.actorUserId), text: a.reason })) })
  },
  archiveXlsx,
}
