// What the benchmark asks, and as whom: every parent, teacher and school-wide read, each request as a
// different real user of the generated district, and the propose + accept pair on fresh families.
import type { DistrictManifest } from '../../../src/server/seed/district'

export type Call = { userId: string; input: unknown }
export type Case = { label: string; fn: string; action: string; group: 'parent' | 'teacher' | 'school' | 'district'; calls: Call[] }
export type FreshPair = { studentId: string; teacherUserId: string; parentUserId: string; startAt: string; endAt: string }

const DAY = 24 * 3600e3

export function readCases(m: DistrictManifest): Case[] {
  const teachers = spread(m.headTeachers)
  const parents = spread(m.parents)
  const today = new Date(Date.parse(m.now) + 8 * 3600e3).toISOString().slice(0, 10)
  const asTeacher = (t: (typeof teachers)[number], input: unknown = {}) => ({ userId: t.userId, input })
  const asParent = (userId: string) => ({ userId, input: {} })
  const c = (group: Case['group'], label: string, fn: string, action: string, calls: Call[]): Case => ({ label, fn, action, group, calls })
  return [
    c('parent', 'auth.me (parent)', 'auth', 'me', parents.map(asParent)),
    c('parent', 'roster.myChildren', 'roster', 'myChildren', parents.map(asParent)),
    c('parent', 'visits.myFamilyVisits', 'visits', 'myFamilyVisits', parents.map(asParent)),
    c(
      'parent',
      'visits.get (parent)',
      'visits',
      'get',
      spread(m.parentVisits).map((v) => ({ userId: v.userId, input: { visitId: v.visitId } })),
    ),
    c('parent', 'notify.inbox (parent)', 'notify', 'inbox', parents.map(asParent)),
    c('parent', 'accounts.myConsents', 'accounts', 'myConsents', parents.map(asParent)),
    c(
      'teacher',
      'auth.me (teacher)',
      'auth',
      'me',
      teachers.map((t) => asTeacher(t)),
    ),
    c(
      'teacher',
      'roster.myClasses',
      'roster',
      'myClasses',
      teachers.map((t) => asTeacher(t)),
    ),
    c(
      'teacher',
      'roster.classStudents',
      'roster',
      'classStudents',
      teachers.map((t) => asTeacher(t, { classId: t.classId })),
    ),
    c(
      'teacher',
      'privacy.familyProfile',
      'privacy',
      'familyProfile',
      [0, 7, 14, 21, 28].flatMap((k) =>
        teachers.map((t) => asTeacher(t, { studentId: t.studentIds[k % t.studentIds.length], reason: 'visit_prep' })),
      ),
    ),
    c(
      'teacher',
      'visits.myAgenda',
      'visits',
      'myAgenda',
      teachers.map((t) => asTeacher(t, { from: today, days: 7 })),
    ),
    c(
      'teacher',
      'visits.get (teacher)',
      'visits',
      'get',
      spread(m.teacherVisits).map((v) => ({ userId: v.userId, input: { visitId: v.visitId } })),
    ),
    c(
      'teacher',
      'accounts.pendingBindings',
      'accounts',
      'pendingBindings',
      teachers.map((t) => asTeacher(t, { classId: t.classId })),
    ),
    c('school', 'roster.schoolOverview', 'roster', 'schoolOverview', [...m.admins, ...m.principals].map(asParent)),
    c('school', 'accounts.listStaff', 'accounts', 'listStaff', m.admins.map(asParent)),
    c('school', 'privacy.auditLog', 'privacy', 'auditLog', m.admins.map(asParent)),
    c('district', 'roster.districtOverview', 'roster', 'districtOverview', m.districtUsers.map(asParent)),
  ]
}

/**
 * Fresh families for propose + accept, each with a time its head teacher has free: two months ahead,
 * five visits a day (9:00, 11:00 … 17:00 Shanghai), so no proposal clashes with another.
 */
export function freshPairs(m: DistrictManifest): FreshPair[] {
  const now = Date.parse(m.now)
  const localMidnight = Math.floor((now + 8 * 3600e3) / DAY) * DAY - 8 * 3600e3
  const perTeacher = new Map<string, number>()
  return spread(m.fresh).map((f) => {
    const k = perTeacher.get(f.teacherUserId) ?? 0
    perTeacher.set(f.teacherUserId, k + 1)
    const start = localMidnight + (60 + Math.floor(k / 5)) * DAY + (9 + (k % 5) * 2) * 3600e3
    return { ...f, startAt: new Date(start).toISOString(), endAt: new Date(start + 3600e3).toISOString() }
  })
}

/** Interleave a list made school by school, so neighbouring requests come from different schools. */
function spread<T>(xs: T[]): T[] {
  const stride = 7919
  if (xs.length < 2) return xs
  const out: T[] = []
  const seen = new Set<number>()
  for (let i = 0, j = 0; out.length < xs.length; i++) {
    j = (i * stride) % xs.length
    while (seen.has(j)) j = (j + 1) % xs.length
    seen.add(j)
    out.push(xs[j]!)
  }
  return out
}
