import { dayBefore } from '../../src/core/coverage/calendar'
import { dayjs, formatLocal, inZone, localDate, semesterOf, startOfLocalDay, toIso, ZONE } from '../../src/core/time'

describe('semesters in Asia/Shanghai', () => {
  test.each([
    ['2026-09-01T00:00:00+08:00', '2026-autumn'],
    ['2026-08-31T23:59:59+08:00', '2025-spring'],
    ['2027-01-31T23:00:00+08:00', '2026-autumn'],
    ['2027-02-01T00:00:00+08:00', '2026-spring'],
    // 16:30 UTC on 31 Aug is already 1 Sep in Shanghai.
    ['2026-08-31T16:30:00Z', '2026-autumn'],
    ['2027-01-31T16:30:00Z', '2026-spring'],
  ])('%s is in %s', (instant, id) => {
    expect(semesterOf(instant).id).toBe(id)
  })

  test('instants are stored as UTC and shown in Shanghai time', () => {
    expect(toIso('2026-12-01T09:30:00+08:00')).toBe('2026-12-01T01:30:00.000Z')
    expect(formatLocal('2026-12-01T01:30:00.000Z')).toBe('2026年12月1日 09:30')
  })
})

test("Shanghai wall-clock time is the zone database's, from the fixed offset used for speed", () => {
  for (let year = 1992; year <= 2040; year += 3) {
    for (const at of [
      `${year}-01-01T00:00:00Z`,
      `${year}-06-30T15:59:59.999Z`,
      `${year}-08-31T16:00:00Z`,
      `${year}-12-31T23:30:00+08:00`,
    ]) {
      expect(inZone(at).format('YYYY-MM-DD HH:mm:ss.SSS Z')).toBe(dayjs(at).tz(ZONE).format('YYYY-MM-DD HH:mm:ss.SSS Z'))
      expect(inZone(at).add(12, 'month').toISOString()).toBe(dayjs(at).tz(ZONE).add(12, 'month').toISOString())
    }
  }
})

test('a local date starts at midnight in Shanghai, as the zone database says', () => {
  for (const date of ['1999-03-01', '2026-08-31', '2026-12-01', '2031-12-31']) {
    expect(startOfLocalDay(date).toISOString()).toBe(dayjs.tz(date, ZONE).toISOString())
    expect(startOfLocalDay(date).add(7, 'day').format('YYYY-MM-DD HH:mm')).toBe(
      dayjs.tz(date, ZONE).add(7, 'day').format('YYYY-MM-DD HH:mm'),
    )
  }
})

test("an instant's Shanghai date and the day before a date, without dayjs, are the zone database's", () => {
  // Every seven hours over three years (leap day and year ends included), as a Date and as a UTC ISO string.
  for (let ms = Date.UTC(2027, 0, 1) - 3 * 366 * 24 * 3600e3; ms < Date.UTC(2027, 0, 1); ms += 7 * 3600e3 + 59_999) {
    const want = dayjs(ms).tz(ZONE).format('YYYY-MM-DD')
    expect(localDate(new Date(ms))).toBe(want)
    expect(localDate(new Date(ms).toISOString())).toBe(want)
    expect(dayBefore(want)).toBe(dayjs.tz(want, ZONE).subtract(1, 'day').format('YYYY-MM-DD'))
  }
  // Other strings are parsed as before.
  expect(localDate('2026-12-01T23:30:00+08:00')).toBe('2026-12-01')
})
