// The only place dayjs is configured. Everything reasons in Asia/Shanghai; storage is UTC ISO.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'
export { dayjs }

/**
 * Asia/Shanghai has been UTC+8 all year since 1991: a fixed offset gives the zone's wall clock without
 * the Intl time-zone lookup dayjs's tz() makes on every call (the costliest step of a visit write).
 */
const ZONE_OFFSET_MINUTES = 8 * 60

export function inZone(instant: string | Date | number) {
  return dayjs(instant).utcOffset(ZONE_OFFSET_MINUTES)
}

/**
 * The Shanghai date (`YYYY-MM-DD`) of an instant by the fixed offset, without a dayjs object: a roster page
 * asks on every request. Strings other than UTC ISO instants are parsed by dayjs as before.
 */
export function localDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? (instant.endsWith('Z') ? Date.parse(instant) : NaN) : instant.getTime()
  if (!Number.isFinite(ms)) return inZone(instant).format('YYYY-MM-DD')
  return new Date(ms + ZONE_OFFSET_MINUTES * 60e3).toISOString().slice(0, 10)
}

/** Midnight in Shanghai at the start of a local date (`YYYY-MM-DD`), as the zone's wall clock. */
export function startOfLocalDay(date: string) {
  return dayjs(`${date}T00:00:00+08:00`).utcOffset(ZONE_OFFSET_MINUTES)
}

export function toIso(instant: Date | number | string): string {
  return dayjs(instant).utc().toISOString()
}

/** Format for people: 2026年11月29日 14:30 */
export function formatLocal(instant: string | Date, pattern = 'YYYY年M月D日 HH:mm'): string {
  return inZone(instant).format(pattern)
}

export type Semester = { schoolYear: number; term: 'autumn' | 'spring'; id: string }

/** School year starts 1 Sep; autumn Sep–Jan, spring Feb–Aug (Shanghai dates). */
export function semesterOf(now: Date | string): Semester {
  const local = inZone(now)
  const month = local.month() + 1
  const year = local.year()
  if (month >= 9) return { schoolYear: year, term: 'autumn', id: `${year}-autumn` }
  if (month === 1) return { schoolYear: year - 1, term: 'autumn', id: `${year - 1}-autumn` }
  return { schoolYear: year - 1, term: 'spring', id: `${year - 1}-spring` }
}
