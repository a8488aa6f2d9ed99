// School years and semesters per district (policy §四(二)): special-category families are due every
// semester, every family once a school year. Boundaries are Shanghai dates; instants stay UTC.
import { z } from 'zod'
import { dayjs, localDate } from '../time'

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const monthDay = (label: string) => z.string().regex(MONTH_DAY, `${label}请写成“月-日”，如 09-01`)

/** When a school year and its spring semester begin (month-day, Shanghai). The autumn semester begins with the year. */
export const CalendarSchema = z
  .object({ yearStart: monthDay('学年开始日期'), springStart: monthDay('春季学期开始日期') })
  .strict()
  .refine((c) => c.yearStart !== c.springStart, { message: '春季学期开始日期不能和学年开始日期相同', path: ['springStart'] })
export type Calendar = z.infer<typeof CalendarSchema>

export const DEFAULT_CALENDAR: Calendar = { yearStart: '09-01', springStart: '02-01' }

export type PeriodKind = 'semester' | 'year'
export type Period = {
  /** `2026-year`, `2026-autumn`, `2026-spring` (the school year starting in 2026). */
  id: string
  kind: PeriodKind
  schoolYear: number
  /** First and last Shanghai date of the period, inclusive (`YYYY-MM-DD`). */
  first: string
  last: string
}
export type Periods = { semester: Period; year: Period }

const date = (year: number, md: string) => `${year}-${md}`
/** The Shanghai date before `d` (`YYYY-MM-DD`): date arithmetic on UTC midnight, whatever the process time zone. */
export const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 24 * 3600e3).toISOString().slice(0, 10)

/** The Shanghai date of an instant. */
export const localDateOf = (instant: string | Date) => localDate(instant)

/** The school year and the semester a moment falls in. */
export function periodsAt(cal: Calendar, instant: string | Date): Periods {
  return periodsOn(cal, localDateOf(instant))
}

/** The school year and the semester of a Shanghai date. */
export function periodsOn(cal: Calendar, day: string): Periods {
  const y = Number(day.slice(0, 4))
  const schoolYear = day >= date(y, cal.yearStart) ? y : y - 1
  const yearFirst = date(schoolYear, cal.yearStart)
  const yearLast = dayBefore(date(schoolYear + 1, cal.yearStart))
  // Spring begins at the first occurrence of its month-day after the year began.
  const springFirst = date(schoolYear, cal.springStart) > yearFirst ? date(schoolYear, cal.springStart) : date(schoolYear + 1, cal.springStart)
  const year: Period = { id: `${schoolYear}-year`, kind: 'year', schoolYear, first: yearFirst, last: yearLast }
  const semester: Period =
    day >= springFirst
      ? { id: `${schoolYear}-spring`, kind: 'semester', schoolYear, first: springFirst, last: yearLast }
      : { id: `${schoolYear}-autumn`, kind: 'semester', schoolYear, first: yearFirst, last: dayBefore(springFirst) }
  return { semester, year }
}

/** The period a family's visit counts for: its semester for a special-category family, else its school year. */
export function periodOfVisit(cal: Calendar, special: boolean, instant: string | Date): Period {
  const p = periodsAt(cal, instant)
  return special ? p.semester : p.year
}

export const isSemesterId = (periodId: string) => /-(autumn|spring)$/.test(periodId)

/** 秋季学期 / 春季学期 / 学年, for people. */
export function periodLabel(periodId: string): string {
  const [y, kind] = periodId.split('-')
  const span = `${y}–${Number(y) + 1}学年`
  if (kind === 'autumn') return `${span}秋季学期`
  if (kind === 'spring') return `${span}春季学期`
  return span
}

/** Midnight after the last day of a period (Shanghai), as a UTC instant: a deadline has passed from then. */
export const periodEndsAt = (p: Period) => dayjs(`${p.last}T00:00:00+08:00`).add(1, 'day').toISOString()
