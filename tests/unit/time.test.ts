import { formatLocal, semesterOf, toIso } from '../../src/core/time'

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
