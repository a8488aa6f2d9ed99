// The board's sums agree with measuresOf claim by claim: the figures and the lists behind them are
// the same definition (rules.ts), whatever mix of states and times.
import fc from 'fast-check'
import { familyCounts, noStates, slices, tally, type BoardMeasure } from '../../../src/core/coverage/board'
import { CLAIM_STATES, measuresOf } from '../../../src/core/coverage/rules'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const claim = fc.record({
  special: fc.boolean(),
  claim: fc.option(fc.record({ state: fc.constantFrom(...CLAIM_STATES), startAt: fc.option(fc.constantFrom('2026-11-30T02:00:00.000Z', '2026-12-01T02:00:00.000Z', '2026-12-02T02:00:00.000Z')) })),
})

test('tally of per-state counts = families counted one by one with measuresOf', () => {
  fc.assert(
    fc.property(fc.array(claim, { maxLength: 40 }), (families) => {
      const counts = { semester: noStates(), year: noStates() }
      for (const f of families) {
        if (!f.claim) continue
        const c = counts[f.special ? 'semester' : 'year']
        c[f.claim.state] += 1
        if (f.claim.state === 'scheduled' && f.claim.startAt && f.claim.startAt <= NOW.toISOString()) c.scheduledPast += 1
      }
      const t = tally({ special: families.filter((f) => f.special).length, other: families.filter((f) => !f.special).length }, counts.semester, counts.year)
      const one = (m: BoardMeasure) => families.filter((f) => familyCounts(m, f, f.claim && { measures: measuresOf(f.claim, NOW) })).length
      for (const m of ['required', 'unclaimed', 'scheduled', 'held', 'completed', 'specialNotVisited'] as const) expect(t[m]).toBe(one(m))
    }),
  )
})

test('a page window is cut from the classes it covers, in order', () => {
  expect(slices([15, 17, 0, 4], 0, 20)).toEqual([
    { index: 0, from: 0, to: 15 },
    { index: 1, from: 0, to: 5 },
  ])
  expect(slices([15, 17, 0, 4], 20, 20)).toEqual([
    { index: 1, from: 5, to: 17 },
    { index: 3, from: 0, to: 4 },
  ])
  expect(slices([15, 17], 40, 20)).toEqual([])
})
