import type { DevPerson } from '../core/dev-people'
import { BindingSchema } from '../core/model/family.schema'
import { StaffSchema, UserSchema } from '../core/model/people.schema'
import type { DocStore } from '../core/ports/doc-store'
import { readAll } from '../core/ports/typed-repo'
import { ROLE_LABELS, homesFor, type Role } from '../core/roles'
import { SchoolSchema } from '../core/model/school.schema'

/** Local sign-in only: the demo people, grouped by what they open the app for. */
export async function listDevPeople(store: DocStore): Promise<DevPerson[]> {
  const users = await readAll(store, 'users', UserSchema)
  const staff = new Map((await readAll(store, 'staff', StaffSchema)).map((s) => [s._id, s]))
  const schools = new Map((await readAll(store, 'schools', SchoolSchema)).map((s) => [s._id, s.name]))
  const parents = new Set((await readAll(store, 'bindings', BindingSchema, { status: 'approved' })).map((b) => b.userId))
  const people = users.map((u) => {
    const s = u.staffId ? staff.get(u.staffId) : undefined
    const roles: Role[] = [...(s?.status === 'active' ? s.roles : [])]
    if (parents.has(u._id) || u.guardianIds.length) roles.push('parent')
    if (u.districtId) roles.push('district')
    return {
      userId: u._id,
      name: u.name,
      roleLabel: roles.map((r) => ROLE_LABELS[r]).join('、') || '未绑定',
      home: homesFor(roles)[0] ?? 'none',
      schoolName: (s && schools.get(s.schoolId)) ?? '',
    }
  })
  const order = ['district', 'leader', 'admin', 'teacher', 'parent', 'none']
  return people.sort((a, b) => order.indexOf(a.home) - order.indexOf(b.home) || a.userId.localeCompare(b.userId))
}
