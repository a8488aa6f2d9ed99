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
