// Pages of the visit subpackage and the teacher agenda.
export const VISIT_PATHS = {
  inbox: '/packages/visit/pages/inbox/index',
  agenda: '/packages/teacher/pages/agenda/index',
} as const

export const visitPath = (visitId: string) => `/packages/visit/pages/detail/index?id=${encodeURIComponent(visitId)}`
export const proposePath = (studentId: string, studentName = '') =>
  `/packages/visit/pages/propose/index?studentId=${encodeURIComponent(studentId)}&name=${encodeURIComponent(studentName)}`

/** Inbox items carry the page they are about ("packages/visit/pages/detail/index?id=…"); only visit pages open. */
export function inboxTarget(page: string): string | null {
  const path = page.startsWith('/') ? page : `/${page}`
  return path.startsWith('/packages/visit/pages/detail/index?') ? path : null
}
