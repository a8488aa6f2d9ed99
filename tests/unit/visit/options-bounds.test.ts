// Proposed times: on the 5-minute grid to the millisecond, within a year, whatever the server's zone.
import { normaliseOptions } from '../../../src/core/visit/options.rules'

const NOW = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
const option = (startAt: string, endAt: string) => ({ startAt, endAt, format: 'video' as const, place: null })
const check = (startAt: string, endAt: string) => normaliseOptions([option(startAt, endAt)], NOW, { homeAllowed: true, idPrefix: 'r' })

test.each([
  ['seconds', '2026-12-03T15:00:30+08:00', '2026-12-03T16:00:00+08:00'],
  ['milliseconds', '2026-12-03T15:00:00.001+08:00', '2026-12-03T16:00:00+08:00'],
  ['milliseconds at the end', '2026-12-03T15:00:00+08:00', '2026-12-03T15:59:59.999+08:00'],
  ['a quarter-hour offset off the Shanghai grid', '2026-12-03T12:47:00+05:45', '2026-12-03T13:47:00+05:45'],
])('a time off the grid by %s is refused', (_what, startAt, endAt) => {
  expect(check(startAt, endAt)).toMatchObject({ ok: false, error: { code: 'VISIT.BAD_WINDOW', message: '第1个时间请按5分钟取整' } })
})

test('the same Shanghai time written with another offset is on the grid', () => {
  expect(check('2026-12-03T12:45:00+05:45', '2026-12-03T13:45:00+05:45')).toMatchObject({
    ok: true,
    data: [{ startAt: '2026-12-03T07:00:00.000Z', endAt: '2026-12-03T08:00:00.000Z' }],
  })
})

test('a time more than 12 months ahead is refused; one just inside is kept', () => {
  expect(check('2027-12-01T11:00:00+08:00', '2027-12-01T12:00:00+08:00')).toMatchObject({
    ok: false,
    error: { code: 'VISIT.TOO_FAR', message: '第1个时间太远了，请选择12个月以内的时间' },
  })
  expect(check('2027-11-30T11:00:00+08:00', '2027-11-30T12:00:00+08:00').ok).toBe(true)
})
