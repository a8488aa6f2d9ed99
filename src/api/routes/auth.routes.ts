import { uploadPrefix } from '../../core/ports/file-storage'
import { homesFor } from '../../core/roles'
import { ok } from '../../core/result'
import { repos } from '../repos'
import type { RouteTable } from '../types'

export const authRoutes: RouteTable<'auth'> = {
  me: async (_input, { caller }, { store }) => {
    const school = caller.schoolId ? await repos(store).schools.get(caller.schoolId) : null
    return ok({
      userId: caller.user._id,
      name: caller.user.name,
      roles: caller.roles,
      homes: homesFor(caller.roles),
      schoolId: school?._id ?? null,
      schoolName: school?.name ?? null,
      districtId: caller.user.districtId,
      uploadPrefix: uploadPrefix(caller.user._id),
    })
  },
}
