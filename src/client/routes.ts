// Where the app navigates: typed builders over the page table in src/core/pages.ts.
import { pageOf, pagePath, type PageKey } from '../core/pages'
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

/** Pages an inbox item may open with its id: a visit, a dispute its teacher is asked to explain, a questionnaire. */
const INBOX_PAGES: readonly PageKey[] = ['visitDetail', 'teacherDispute', 'parentSurvey']
/** Pages an inbox item opens as they are: the parent's opinions with their answers. */
const INBOX_PLAIN_PAGES: readonly PageKey[] = ['parentSuggest']

/** Inbox items carry the page they are about ("packages/visit/pages/detail/index?id=…"); only those pages open. */
export function inboxTarget(page: string): string | null {
  const path = page.startsWith('/') ? page : `/${page}`
  const key = pageOf(path)
  if (key && INBOX_PLAIN_PAGES.includes(key)) return path
  return key && INBOX_PAGES.includes(key) && path.includes('?') ? path : null
}
