import { uploadPrefix } from '../../core/ports/file-storage'
import { Errors, err, ok } from '../../core/result'
import { buildTemplate, TEMPLATE_NAME } from '../roster-import/build-template'
import { applyImport, previewImport } from '../roster-import/import-service'
import { isSchoolWide } from '../policy'
import type { RouteTable } from '../types'

export const importsRoutes: RouteTable<'imports'> = {
  /** Only files under the caller's own upload folder can be adopted: nobody registers another's file. */
  registerUpload: async ({ cloudFileId, name }, { caller }, { files }) => {
    if (!cloudFileId.includes(`/${uploadPrefix(caller.user._id)}`)) return Errors.notFound('文件')
    const adopted = await files.adopt(cloudFileId, name, caller.user._id)
    if (!adopted) return err('FILE.UNSUPPORTED', '此环境请直接上传文件')
    return ok({ fileId: adopted.fileId })
  },
  template: async (_input, { caller }, { files }) => {
    if (!caller.schoolId || !isSchoolWide(caller, caller.schoolId)) return Errors.forbidden()
    // The template holds no personal data: stored public so anyone with the link can download it.
    const stored = await files.put(TEMPLATE_NAME, await buildTemplate(), 'public')
    return ok({ fileId: stored.fileId, name: stored.name, url: await files.url(stored.fileId) })
  },
  preview: (input, ctx, deps) => previewImport(input, ctx, deps),
  apply: (input, ctx, deps) => applyImport(input, ctx, deps),
}
