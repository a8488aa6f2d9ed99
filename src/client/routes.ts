import type { Home } from '../core/roles'

export const INDEX_PATH = '/pages/index/index'

export const HOME_PATHS: Record<Home, string> = {
  teacher: '/packages/teacher/pages/home/index',
  parent: '/packages/parent/pages/home/index',
  leader: '/packages/leader/pages/home/index',
  admin: '/packages/admin/pages/home/index',
  district: '/packages/district/pages/home/index',
}

export const HOME_LABELS: Record<Home, string> = {
  teacher: '教师',
  parent: '家长',
  leader: '校领导',
  admin: '学校管理员',
  district: '区教体局',
}

export const classPath = (classId: string, className: string) =>
  `/packages/teacher/pages/class/index?classId=${encodeURIComponent(classId)}&name=${encodeURIComponent(className)}`

const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')

export const ADMIN_PATHS = {
  import: '/packages/admin/pages/import/index',
  staff: '/packages/admin/pages/staff/index',
  audit: '/packages/admin/pages/audit/index',
} as const

export const PARENT_PATHS = {
  bind: '/packages/parent/pages/bind/index',
  consents: '/packages/parent/pages/consents/index',
} as const

export const inviteParentsPath = (classId: string, className: string) =>
  `/packages/teacher/pages/invite/index?${q({ classId, name: className })}`
export const offlineGuardianPath = (classId: string, className: string) =>
  `/packages/teacher/pages/offline-guardian/index?${q({ classId, name: className })}`
export const familyPath = (studentId: string, studentName: string) =>
  `/packages/teacher/pages/family/index?${q({ studentId, name: studentName })}`
