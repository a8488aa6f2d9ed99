// When a record is due, when it may be amended, and when its plan's follow-ups fall: Shanghai dates.
import { localDateOf } from '../coverage/calendar'
import { dayjs, startOfLocalDay } from '../time'
import { PLAN_DAYS, type VisitRecord } from './record.rules'

export const RECORD_DUE_DAYS = 5
export const AMEND_DAYS = 7
export const DUE_SOON_DAYS = 2

const localDay = localDateOf
const addDays = (day: string, n: number) => startOfLocalDay(day).add(n, 'day').format('YYYY-MM-DD')

/** The Shanghai date by which the record of a visit that ended at `visitEnd` is due. */
export const recordDueBy = (visitEnd: string) => addDays(localDay(visitEnd), RECORD_DUE_DAYS)

/** Overdue once the due date is over (Shanghai). */
export const isOverdue = (visitEnd: string, now: Date) => localDay(now) > recordDueBy(visitEnd)

/**
 * Visits agreed to start before this instant have an overdue record if they still have none: their
 * Shanghai day is more than RECORD_DUE_DAYS before today (a visit ends the day it starts).
 */
export const recordsOverdueBefore = (now: Date) => startOfLocalDay(addDays(localDay(now), -RECORD_DUE_DAYS)).toISOString()

/** Due within two days, or overdue: what the teacher home lists. */
export const isDueSoon = (visitEnd: string, now: Date) => addDays(localDay(now), DUE_SOON_DAYS) >= recordDueBy(visitEnd)

/** The author may amend within 7 days of the first submission. */
export const amendUntil = (firstSubmittedAt: string) => dayjs(firstSubmittedAt).add(AMEND_DAYS, 'day').toISOString()
export const canAmendAt = (firstSubmittedAt: string, now: Date) => now.getTime() <= Date.parse(amendUntil(firstSubmittedAt))

/** The plan's follow-ups in date order. */
export function followUpsOf(record: Pick<VisitRecord, 'plan'>): { date: string; text: string }[] {
  return [...(record.plan?.followUps ?? [])].sort((a, b) => a.date.localeCompare(b.date))
}

/** A follow-up date must fall from today to 120 days ahead; the message says what to fix, or null. */
export function followUpDateProblem(record: Pick<VisitRecord, 'plan'>, now: Date): string | null {
  const today = localDay(now)
  const last = addDays(today, PLAN_DAYS)
  const bad = followUpsOf(record).find((f) => f.date < today || f.date > last)
  if (!bad) return null
  return bad.date < today
    ? `跟进日期${bad.date}已经过去，请选择今天或以后的日期`
    : `跟进日期${bad.date}太远了，请选择${PLAN_DAYS}天以内的日期`
}

export const localToday = (now: Date) => localDay(now)
export const localDaysAhead = (now: Date, n: number) => addDays(localDay(now), n)
