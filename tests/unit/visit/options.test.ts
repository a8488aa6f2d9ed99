import { clashes, normaliseOptions, slotStarts } from '../../../src/core/visit/options.rules'
import { VISIT_FORMATS } from '../../../src/core/model/visit.schema'
import { seededRandom } from '../../../src/server/seed/random'
import { NOW } from '../../support/builders'

const opt = (start: string, end: string, format: 'home' | 'video' | 'school' | 'group' = 'video') => ({
  startAt: `2026-12-03T${start}:00+08:00`,
  endAt: `2026-12-03T${end}:00+08:00`,
  format,
  place: null,
})

describe('options', () => {
  test('are stored as UTC instants with stable ids', () => {
    const r = normaliseOptions([opt('15:00', '16:00', 'home')], NOW, { homeAllowed: true, idPrefix: 'r1' })
    expect(r).toEqual({
      ok: true,
      data: [{ id: 'r1-1', startAt: '2026-12-03T07:00:00.000Z', endAt: '2026-12-03T08:00:00.000Z', format: 'home', place: null }],
    })
  })

  test.each([
    [[{ ...opt('09:00', '10:00'), startAt: '2026-12-01T09:00:00+08:00', endAt: '2026-12-01T09:30:00+08:00' }], 'VISIT.PAST'],
    [[opt('15:00', '15:10')], 'VISIT.BAD_WINDOW'],
    [[opt('15:00', '19:30')], 'VISIT.BAD_WINDOW'],
    [[opt('15:03', '16:00')], 'VISIT.BAD_WINDOW'],
    [[opt('15:00', '16:00'), opt('15:00', '16:00')], 'VISIT.DUPLICATE_OPTION'],
  ])('%j is refused with %s', (inputs, code) => {
    expect(normaliseOptions(inputs, NOW, { homeAllowed: true, idPrefix: 'r' })).toMatchObject({ ok: false, error: { code } })
  })

  test('twelve months ahead in Shanghai is the furthest a time may be', () => {
    // NOW is 2026-12-01 10:00 in Shanghai.
    const at = (day: string, hm: string) => ({ startAt: `${day}T${hm}:00+08:00`, endAt: `${day}T${hm.replace(':00', ':45')}:00+08:00` })
    const check = (day: string, hm: string) =>
      normaliseOptions([{ ...opt('10:00', '10:45'), ...at(day, hm) }], NOW, { homeAllowed: true, idPrefix: 'r' })
    expect(check('2027-12-01', '10:00').ok).toBe(true)
    expect(check('2027-12-01', '11:00')).toMatchObject({ ok: false, error: { code: 'VISIT.TOO_FAR' } })
    expect(check('2027-11-30', '23:00').ok).toBe(true)
  })

  test('10:00 now in Shanghai: 10:30 today is future, 09:30 today is past', () => {
    const today = (h: string) => ({
      startAt: `2026-12-01T${h}:00+08:00`,
      endAt: `2026-12-01T${h.slice(0, 2)}:59:00+08:00`.replace(':59:', ':55:'),
      format: 'video' as const,
      place: null,
    })
    expect(normaliseOptions([today('10:30')], NOW, { homeAllowed: true, idPrefix: 'r' }).ok).toBe(true)
    expect(normaliseOptions([today('09:30')], NOW, { homeAllowed: true, idPrefix: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'VISIT.PAST' },
    })
  })
})

describe('calendar clashes', () => {
  const toOpt = (o: ReturnType<typeof opt>) => ({
    ...o,
    startAt: new Date(o.startAt).toISOString(),
    endAt: new Date(o.endAt).toISOString(),
  })
  test('overlapping windows clash; back-to-back video calls do not', () => {
    expect(clashes(toOpt(opt('14:00', '15:00')), toOpt(opt('14:30', '15:30')))).toBe(true)
    expect(clashes(toOpt(opt('14:00', '14:30')), toOpt(opt('14:30', '15:00')))).toBe(false)
  })
  test('a home visit keeps travel time free on both sides', () => {
    expect(clashes(toOpt(opt('14:00', '15:00', 'home')), toOpt(opt('15:00', '15:30')))).toBe(true)
    expect(clashes(toOpt(opt('14:00', '15:00', 'home')), toOpt(opt('15:15', '15:45')))).toBe(false)
    expect(clashes(toOpt(opt('14:00', '15:00', 'home')), toOpt(opt('13:45', '14:00')))).toBe(true)
    expect(clashes(toOpt(opt('14:00', '15:00', 'home')), toOpt(opt('13:30', '13:45')))).toBe(false)
  })
  test('two times clash exactly when they share a calendar slot (travel time included), whatever the minutes', () => {
    const r = seededRandom(9)
    const at = (minutes: number) => new Date(Date.parse('2026-12-03T00:00:00Z') + minutes * 60e3).toISOString()
    const option = () => {
      const start = r.int(0, 4 * 60)
      return { startAt: at(start), endAt: at(start + r.int(1, 90)), format: r.pick(VISIT_FORMATS) }
    }
    let clashing = 0
    for (let i = 0; i < 500; i++) {
      const [a, b] = [option(), option()]
      const shared = slotStarts(a).some((s) => slotStarts(b).includes(s))
      expect([a, b, clashes(a, b)]).toEqual([a, b, shared])
      if (shared) clashing++
    }
    expect(clashing).toBeGreaterThan(25)
    expect(clashing).toBeLessThan(475)
  })
  test('a home visit holds its travel time too; a time off the quarter hours holds the quarters it touches', () => {
    const at = (hm: string) => `2026-12-03T${hm}:00.000Z`
    expect(slotStarts(toOpt(opt('14:00', '15:00', 'home')))).toEqual(['05:45', '06:00', '06:15', '06:30', '06:45', '07:00'].map(at))
    expect(slotStarts(toOpt(opt('14:05', '14:20')))).toEqual(['06:00', '06:15'].map(at))
  })
  test('slots are 15-minute UTC instants', () => {
    expect(slotStarts(toOpt(opt('14:00', '14:30')))).toEqual(['2026-12-03T06:00:00.000Z', '2026-12-03T06:15:00.000Z'])
  })
})
