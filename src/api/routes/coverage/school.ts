// What every leader action reads first: the caller's school, its classes in grade order, its calendar
// and this moment's periods, and its staff (names, who visits).
import { SCHEMAS } from '../../../core/collections'
import { periodLabel, periodsAt, type Calendar, type Period, type Periods } from '../../../core/coverage/calendar'
import type { SchoolClass } from '../../../core/model/school.schema'
import type { Staff } from '../../../core/model/people.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { readAll } from '../../../core/ports/typed-repo'
import { hasAnyRole, LEADERSHIP, ROLE_LABELS } from '../../../core/roles'
import { calendarOf } from '../../coverage/calendar'
import { repos } from '../../repos'
import type { Caller } from '../../types'

export type SchoolContext = {
  schoolId: string
  schoolName: string
  calendar: Calendar
  periods: Periods
  classes: SchoolClass[]
  classById: Map<string, SchoolClass>
}

export async function schoolContext(store: DocStore, caller: Caller, now: Date): Promise<SchoolContext | null> {
  const schoolId = caller.schoolId
  if (!schoolId) return null
  const [school, calendar, classes] = await Promise.all([
    repos(store).schools.get(schoolId),
    calendarOf(store, schoolId),
    readAll(store, 'classes', SCHEMAS.classes, { schoolId }),
  ])
  if (!school) return null
  classes.sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'zh-CN'))
  const periods = periodsAt(calendar, now)
  return { schoolId, schoolName: school.name, calendar, periods, classes, classById: new Map(classes.map((c) => [c._id, c])) }
}

export const schoolStaff = (store: DocStore, schoolId: string) => readAll(store, 'staff', SCHEMAS.staff, { schoolId })


/** Only the principal and leaders reassign; middle managers look. */
export const canAssign = (caller: Caller) => hasAnyRole(caller.roles, LEADERSHIP)

export const roleLabel = (s: Staff) => ROLE_LABELS[s.roles.find((r) => hasAnyRole([r], LEADERSHIP)) ?? s.roles[0] ?? 'subject_teacher']

export const periodView = (p: Period) => ({ id: p.id, label: periodLabel(p.id), first: p.first, last: p.last })

export const CLAIM_STATE_LABELS = { proposed: '正在约时间', scheduled: '已约定', completed: '已完成记录', confirmed: '家长已确认' } as const
