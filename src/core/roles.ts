import { z } from 'zod'

export const ROLES = [
  'parent',
  'head_teacher',
  'subject_teacher',
  'mentor',
  'principal',
  'leader',
  'middle_manager',
  'school_admin',
  'district',
] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

export const ROLE_LABELS: Record<Role, string> = {
  parent: '家长',
  head_teacher: '班主任',
  subject_teacher: '任课教师',
  mentor: '导师',
  principal: '校长',
  leader: '校领导',
  middle_manager: '中层干部',
  school_admin: '学校管理员',
  district: '区教体局',
}

// Role groups: every contract, policy and the roster template name who may do what with these.
/** Who teaches or mentors a class. */
export const TEACHER = ['head_teacher', 'subject_teacher', 'mentor'] as const satisfies readonly Role[]
/** School leadership. */
export const LEADER = ['principal', 'leader', 'middle_manager'] as const satisfies readonly Role[]
/** Staff who work with families (propose and hold visits): teachers and leaders. */
export const STAFF = [...TEACHER, ...LEADER] as const
/** Who oversees a whole school: its leaders and its administrator. */
/** The school's leadership team (领导班子): they visit every year and answer for the whole school. */
export const LEADERSHIP = ['principal', 'leader'] as const satisfies readonly Role[]
export const SCHOOL_WIDE = [...LEADER, 'school_admin'] as const satisfies readonly Role[]
/** Every role a school gives its staff, in the order the roster template lists them. */
export const SCHOOL_STAFF = [...STAFF, 'school_admin'] as const satisfies readonly Role[]
export const ADMIN = ['school_admin'] as const satisfies readonly Role[]
export const HEAD_TEACHER = ['head_teacher'] as const satisfies readonly Role[]
export const PARENT = ['parent'] as const satisfies readonly Role[]
export const DISTRICT = ['district'] as const satisfies readonly Role[]
/** Who builds and reads the reports to the bureau: a school's leaders and the bureau itself. */
export const REPORTERS = [...LEADER, ...DISTRICT] as const

export type Home = 'teacher' | 'parent' | 'leader' | 'admin' | 'district'

/** Role homes in order of precedence: a principal who is also a head teacher lands on leader. */
export function homesFor(roles: readonly Role[]): Home[] {
  const homes: Home[] = []
  if (roles.includes('district')) homes.push('district')
  if (hasAnyRole(roles, LEADER)) homes.push('leader')
  if (roles.includes('school_admin')) homes.push('admin')
  if (hasAnyRole(roles, TEACHER)) homes.push('teacher')
  if (roles.includes('parent')) homes.push('parent')
  return homes
}

export const hasAnyRole = (have: readonly Role[], want: readonly Role[]) => want.some((r) => have.includes(r))
