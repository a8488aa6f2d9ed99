// Where the app navigates: typed builders over the page table in src/core/pages.ts.
import { pageOf, pagePath } from '../core/pages'
import type { Home } from '../core/roles'

export { pagePath, type PageKey } from '../core/pages'

export const INDEX_PATH = pagePath('index')

export const HOME_PATHS: Record<Home, string> = {
  teacher: pagePath('teacherHome'),
  parent: pagePath('parentHome'),
  leader: pagePath('leaderHome'),
  admin: pagePath('adminHome'),
  district: pagePath('districtHome'),
}

export const HOME_LABELS: Record<Home, string> = {
  teacher: '教师',
  parent: '家长',
  leader: '校领导',
  admin: '学校管理员',
  district: '区教体局',
}

/** Inbox items carry the page they are about ("packages/visit/pages/detail/index?id=…"); visit pages and answered opinions open. */
export function inboxTarget(page: string): string | null {
  const path = page.startsWith('/') ? page : `/${page}`
  if (pageOf(path) === 'parentSuggest') return path
  return pageOf(path) === 'visitDetail' && path.includes('?') ? path : null
}
