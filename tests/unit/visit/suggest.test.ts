// Suggested times: inside the family's windows, clear of the teacher's calendar and of each other
// (home visits with their travel buffer), tomorrow to two weeks out, distinct days per family first.
import type { FreeWindow } from '../../../src/core/model/availability.schema'
import type { VisitFormat } from '../../../src/core/model/visit.schema'
import { DEFAULT_WINDOWS, clockMinutes } from '../../../src/core/visit/availability.rules'
import { clashes, normaliseOptions, slotStarts, type OptionInput } from '../../../src/core/visit/options.rules'
import { suggestTimes, type Busy, type FamilyAsk } from '../../../src/core/visit/suggest'
import { inZone } from '../../../src/core/time'
import fc from 'fast-check'

const NOW = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
const w = (days: FreeWindow['days'], from: string, to: string): FreeWindow => ({ days, from, to })
const fam = (key: string, windows: FreeWindow[] = [], formats: VisitFormat[] = []): FamilyAsk => ({ key, windows, formats })
const local = (o: OptionInput) => inZone(o.startAt)
const isWeekend = (o: OptionInput) => [0, 6].includes(local(o).day())
const minuteOfDay = (iso: string) => inZone(iso).hour() * 60 + inZone(iso).minute()
const home = (day: string, from: string, to: string): Busy => ({
  startAt: `2026-12-${day}T${from}:00+08:00`,
  endAt: `2026-12-${day}T${to}:00+08:00`,
  format: 'home',
})

/** Every option lies wholly inside one of the windows, on the right kind of day. */
const inside = (o: OptionInput, windows: readonly FreeWindow[]) =>
  windows.some(
    (x) =>
      (x.days === 'weekend') === isWeekend(o) &&
      minuteOfDay(o.startAt) >= clockMinutes(x.from) &&
      minuteOfDay(o.endAt) <= clockMinutes(x.to) &&
      local(o).format('YYYY-MM-DD') === inZone(o.endAt).format('YYYY-MM-DD'),
  )

/** The invariants every suggestion keeps, whatever the input. */
function expectSound(families: FamilyAsk[], busy: Busy[], out: Map<string, OptionInput[]>) {
  const all = families.flatMap((f) => out.get(f.key)!.map((o) => ({ key: f.key, o })))
  for (const f of families) {
    const mine = out.get(f.key)!
    expect(mine.length).toBeLessThanOrEqual(3)
    expect(new Set(mine.map((o) => o.startAt)).size).toBe(mine.length)
    for (const o of mine) expect(inside(o, f.windows.length ? f.windows : DEFAULT_WINDOWS)).toBe(true)
    // What the server accepts: future, on the 5-minute grid, 15 min – 4 h.
    expect(normaliseOptions(mine, NOW, { homeAllowed: true, idPrefix: 't' }).ok).toBe(true)
  }
  // No two options share a calendar slot (what clashes() compares), nor one of the teacher's.
  const owner = new Map<string, string>()
  for (const b of busy) for (const s of slotStarts(b)) owner.set(s, 'teacher')
  for (const [i, a] of all.entries()) {
    const day = local(a.o).diff(inZone(NOW).startOf('day'), 'day')
    expect(day).toBeGreaterThanOrEqual(1)
    expect(day).toBeLessThanOrEqual(14)
    for (const s of slotStarts(a.o)) {
      expect(owner.get(s)).toBeUndefined()
      owner.set(s, `${a.key}#${i}`)
    }
  }
  if (all[1]) expect(clashes(all[0]!.o, all[1].o)).toBe(false)
}

describe('suggestTimes', () => {
  test('a family that said nothing: weekday evenings from 19:00 and weekend mornings from 9:00, home visits, from tomorrow', () => {
    const out = suggestTimes({ families: [fam('a')], busy: [], now: NOW }).get('a')!
    expect(out.map((o) => [local(o).format('MM-DD HH:mm'), o.format])).toEqual([
      ['12-02 19:00', 'home'],
      ['12-03 19:00', 'home'],
      ['12-04 19:00', 'home'],
    ])
  })

  test.each<[string, FreeWindow[], VisitFormat[], string[], VisitFormat]>([
    ['weekend mornings only', [w('weekend', '09:00', '12:00')], ['video'], ['12-05 09:00', '12-06 09:00', '12-12 09:00'], 'video'],
    [
      'weekday noon, a 45-minute window',
      [w('weekday', '12:15', '13:00')],
      ['school', 'video'],
      ['12-02 12:15', '12-03 12:15', '12-04 12:15'],
      'video',
    ],
    [
      'home first when home is among the formats',
      [w('weekend', '14:00', '17:30')],
      ['group', 'home'],
      ['12-05 14:00', '12-06 14:00', '12-12 14:00'],
      'home',
    ],
  ])('%s', (_label, windows, formats, starts, format) => {
    const out = suggestTimes({ families: [fam('a', windows, formats)], busy: [], now: NOW }).get('a')!
    expect(out.map((o) => local(o).format('MM-DD HH:mm'))).toEqual(starts)
    expect(out.every((o) => o.format === format)).toBe(true)
    expectSound([fam('a', windows, formats)], [], new Map([['a', out]]))
  })

  test('a window shorter than 15 minutes gives nothing; a 45-minute one gives 45-minute visits', () => {
    const out = suggestTimes({
      families: [fam('a', [w('weekday', '12:00', '12:10')]), fam('b', [w('weekday', '12:15', '13:00')])],
      busy: [],
      now: NOW,
    })
    expect(out.get('a')).toEqual([])
    expect(out.get('b')!.every((o) => minuteOfDay(o.endAt) - minuteOfDay(o.startAt) === 45)).toBe(true)
  })

  test("the teacher's agreed home visit and its travel buffer are kept free", () => {
    const busy = [home('02', '18:30', '19:30'), home('03', '20:00', '21:00')]
    const f = fam('a', [w('weekday', '19:00', '21:00')])
    const out = suggestTimes({ families: [f], busy, now: NOW })
    // 2 Dec: 18:30–19:30 + 15 min of travel → the first free start is 20:00 (19:45 would share the 19:45 slot);
    // 3 Dec: 20:00–21:00 leaves no free hour in 19:00–21:00 (a 19:00 visit's return overlaps the 19:45 departure).
    expect(out.get('a')!.map((o) => local(o).format('MM-DD HH:mm'))).toEqual(['12-02 20:00', '12-04 19:00', '12-07 19:00'])
    expectSound([f], busy, out)
  })

  test('several families: different times that do not overlap, home visits spaced by the buffer', () => {
    const families = ['a', 'b', 'c'].map((k) => fam(k, [w('weekday', '19:00', '21:00')]))
    const out = suggestTimes({ families, busy: [], now: NOW })
    expect(out.get('a')![0]!.startAt).not.toBe(out.get('b')![0]!.startAt)
    expect(families.every((f) => out.get(f.key)!.length === 3)).toBe(true)
    expectSound(families, [], out)
  })

  test('when times run short, every family gets one before any family gets a second', () => {
    // One weekend morning a week, 9:00–10:15: one home visit per day, four days in the horizon.
    const families = ['a', 'b', 'c', 'd', 'e'].map((k) => fam(k, [w('weekend', '09:00', '10:15')]))
    const out = suggestTimes({ families, busy: [], now: NOW })
    expect(families.map((f) => out.get(f.key)!.length)).toEqual([1, 1, 1, 1, 0])
    expectSound(families, [], out)
  })

  test('nothing today, nothing past two weeks', () => {
    const out = suggestTimes({
      families: [fam('a', [w('weekday', '19:00', '21:00')], ['video'])],
      busy: [],
      now: NOW,
      perFamily: 3,
      days: 1,
    })
    expect(out.get('a')!.map((o) => local(o).format('MM-DD HH:mm'))).toEqual(['12-02 19:00', '12-02 20:00'])
  })
})

describe('property: over generated families, windows and calendars', () => {
  const clockAt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const windowArb = fc
    .record({
      days: fc.constantFrom('weekday' as const, 'weekend' as const),
      from: fc.integer({ min: 0, max: 179 }),
      len: fc.integer({ min: 1, max: 48 }),
    })
    .map(({ days, from, len }) => w(days, clockAt(7 * 60 + 5 * from), clockAt(Math.min(22 * 60, 7 * 60 + 5 * (from + len)))))
    .filter((x) => x.from < x.to)
  const formatArb = fc.constantFrom<VisitFormat>('home', 'video', 'school', 'group')
  const familiesArb = fc
    .array(fc.record({ windows: fc.array(windowArb, { maxLength: 4 }), formats: fc.array(formatArb, { maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 20,
    })
    .map((fs) => fs.map((f, i) => fam(`f${i}`, f.windows, f.formats)))
  const busyArb = fc.array(
    fc
      .record({
        day: fc.integer({ min: 2, max: 15 }),
        slot: fc.integer({ min: 0, max: 55 }),
        format: fc.constantFrom<VisitFormat>('home', 'video'),
      })
      .map(({ day, slot, format }): Busy => {
        const from = 7 * 60 + 15 * slot
        return { ...home(String(day).padStart(2, '0'), clockAt(from), clockAt(from + 60)), format }
      }),
    { maxLength: 15 },
  )
  test('every option fits its family, the teacher and every other option; at most 3 per family, from tomorrow to two weeks out', () => {
    fc.assert(
      fc.property(familiesArb, busyArb, (families, busy) => {
        expectSound(families, busy, suggestTimes({ families, busy, now: NOW }))
      }),
      { numRuns: 60, seed: 10 },
    )
  })
})
