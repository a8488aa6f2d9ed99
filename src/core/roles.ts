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

export const TEACHER_ROLES: readonly Role[] = ['head_teacher', 'subject_teacher', 'mentor']
export const LEADER_ROLES: readonly Role[] = ['principal', 'leader', 'middle_manager']
export const STAFF_ROLES: readonly Role[] = [...TEACHER_ROLES, ...LEADER_ROLES, 'school_admin']

export type Home = 'teacher' | 'parent' | 'leader' | 'admin' | 'district'

/** Role homes in order of precedence: a principal who is also a head teacher lands on leader. */
export function homesFor(roles: readonly Role[]): Home[] {
  const homes: Home[] = []
  if (roles.includes('district')) homes.push('district')
  if (roles.some((r) => LEADER_ROLES.includes(r))) homes.push('leader')
  if (roles.includes('school_admin')) homes.push('admin')
  if (roles.some((r) => TEACHER_ROLES.includes(r))) homes.push('teacher')
  if (roles.includes('parent')) homes.push('parent')
  return homes
}

export const hasAnyRole = (have: readonly Role[], want: readonly Role[]) => want.some((r) => have.includes(r))
