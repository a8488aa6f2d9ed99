import { periodsOn } from '../../src/core/coverage/calendar'
import { MAX_POINTS, trendOf, trendPoints } from '../../src/core/reports/trend'
import { DEFAULT_CALENDAR } from '../../src/core/coverage/calendar'

const autumn = periodsOn(DEFAULT_CALENDAR, '2026-12-01').semester
const spring = periodsOn(DEFAULT_CALENDAR, '2027-03-01').semester

test('points run every two weeks through a 22-week autumn to its end; later ones are not counted', () => {
  const pts = trendPoints(autumn, new Date('2026-09-20T00:00:00Z'))
  expect(pts.length).toBeLessThanOrEqual(MAX_POINTS)
  expect(pts[0]).toMatchObject({ label: '9/14', before: '2026-09-14T16:00:00.000Z', counted: true })
  expect(pts.at(-1)).toMatchObject({ label: '1/31', before: '2027-01-31T16:00:00.000Z', counted: false })
  expect(pts.filter((p) => p.counted).map((p) => p.label)).toEqual(['9/14', '9/28'])
})

test('a long spring semester merges weeks to stay within the bound and still ends at the deadline', () => {
  const pts = trendPoints(spring, new Date('2027-09-01T00:00:00Z'))
  expect(pts.length).toBeLessThanOrEqual(MAX_POINTS)
  expect(pts.every((p) => p.counted)).toBe(true)
  expect(pts.at(-1)!.label).toBe('8/31')
})

test('completed includes confirmed and is capped at what is required; future points stay empty', () => {
  const pts = trendPoints(autumn, new Date('2026-09-16T00:00:00Z')).slice(0, 3)
  const t = trendOf(pts, [{ completed: 1 }, { completed: 4, confirmed: 3 }, null], 5, autumn)
  expect(t.rows.map((r) => [r.completed, r.confirmed])).toEqual([
    [1, 0],
    [5, 3],
    [null, null],
  ])
  expect(t.deadline).toBe('2027-01-31')
})
