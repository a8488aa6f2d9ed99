import { CalendarSchema, DEFAULT_CALENDAR, periodEndsAt, periodLabel, periodOfVisit, periodsAt, periodsOn } from '../../../src/core/coverage/calendar'

describe('periods at Asia/Shanghai midnight', () => {
  test('1 September 00:00 in Shanghai (16:00 UTC the day before) starts the school year and its autumn semester', () => {
    const p = periodsAt(DEFAULT_CALENDAR, '2026-08-31T16:00:00.000Z')
    expect(p.year).toEqual({ id: '2026-year', kind: 'year', schoolYear: 2026, first: '2026-09-01', last: '2027-08-31' })
    expect(p.semester).toEqual({ id: '2026-autumn', kind: 'semester', schoolYear: 2026, first: '2026-09-01', last: '2027-01-31' })
  })

  test('one second earlier is still the last school year, spring', () => {
    const p = periodsAt(DEFAULT_CALENDAR, '2026-08-31T15:59:59.000Z')
    expect(p.year.id).toBe('2025-year')
    expect(p.semester.id).toBe('2025-spring')
  })

  test('January belongs to the autumn semester of the year that began in September; 1 February starts spring', () => {
    expect(periodsOn(DEFAULT_CALENDAR, '2027-01-31').semester.id).toBe('2026-autumn')
    expect(periodsOn(DEFAULT_CALENDAR, '2027-02-01').semester).toMatchObject({ id: '2026-spring', first: '2027-02-01', last: '2027-08-31' })
    // 31 January 23:59 in Shanghai is 15:59 UTC: still autumn; 16:00 UTC is spring.
    expect(periodsAt(DEFAULT_CALENDAR, '2027-01-31T15:59:00.000Z').semester.id).toBe('2026-autumn')
    expect(periodsAt(DEFAULT_CALENDAR, '2027-01-31T16:00:00.000Z').semester.id).toBe('2026-spring')
  })

  test('a district calendar moves the boundaries', () => {
    const cal = { yearStart: '08-25', springStart: '02-20' }
    expect(periodsOn(cal, '2026-08-24').year.id).toBe('2025-year')
    expect(periodsOn(cal, '2026-08-25').semester).toMatchObject({ id: '2026-autumn', first: '2026-08-25', last: '2027-02-19' })
    expect(periodsOn(cal, '2027-02-19').semester.id).toBe('2026-autumn')
    expect(periodsOn(cal, '2027-02-20').semester).toMatchObject({ id: '2026-spring', last: '2027-08-24' })
  })

  test('a visit counts where it takes place: special families per semester, the others per school year', () => {
    // Proposed in autumn for February: it belongs to spring.
    expect(periodOfVisit(DEFAULT_CALENDAR, true, '2027-02-03T11:00:00.000Z').id).toBe('2026-spring')
    expect(periodOfVisit(DEFAULT_CALENDAR, false, '2027-02-03T11:00:00.000Z').id).toBe('2026-year')
  })

  test('deadlines and labels', () => {
    expect(periodEndsAt(periodsOn(DEFAULT_CALENDAR, '2026-12-01').semester)).toBe('2027-01-31T16:00:00.000Z')
    expect(periodLabel('2026-autumn')).toBe('2026–2027学年秋季学期')
    expect(periodLabel('2026-year')).toBe('2026–2027学年')
  })

  test('a calendar must be month-days, and spring cannot start with the year', () => {
    expect(CalendarSchema.safeParse({ yearStart: '9-1', springStart: '02-01' }).success).toBe(false)
    expect(CalendarSchema.safeParse({ yearStart: '09-01', springStart: '09-01' }).success).toBe(false)
    expect(CalendarSchema.safeParse({ yearStart: '09-01', springStart: '02-01', x: 1 }).success).toBe(false)
    expect(CalendarSchema.safeParse({ yearStart: '08-28', springStart: '02-15' }).success).toBe(true)
  })
})
