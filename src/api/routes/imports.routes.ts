import { Errors, ok } from '../../core/result'
import { buildTemplate, TEMPLATE_NAME } from '../roster-import/build-template'
import { applyImport, previewImport } from '../roster-import/import-service'
import { isSchoolWide } from '../policy'
import type { RouteTable } from '../types'

export const importsRoutes: RouteTable<'imports'> = {
  template: async (_input, { caller }, { files }) => {
    if (!caller.schoolId || !isSchoolWide(caller, caller.schoolId)) return Errors.forbidden()
    // The template holds no personal data: stored public so anyone with the link can download it.
    const stored = await files.put(TEMPLATE_NAME, await buildTemplate(), 'public')
    return ok({ fileId: stored.fileId, name: stored.name, url: await files.url(stored.fileId) })
  },
  preview: (input, ctx, deps) => previewImport(input, ctx, deps),
  apply: (input, ctx, deps) => applyImport(input, ctx, deps),
}
