// The spot-check sampler: the same seed gives the same sample (whatever order the visits come in),
// each class gets its proportional share, and over many seeds the weighted groups are drawn as often
// as their weights say (special ×3, disputed ×3, never surveyed ×2).
import fc from 'fast-check'
import { classQuotas, drawSample, mulberry32, weightOf, type SpotCheckCandidate } from '../../../src/core/survey/spot-check'

const candidate = (visitId: string, classId: string, over: Partial<SpotCheckCandidate> = {}): SpotCheckCandidate => ({
  visitId,
  familyId: `f-${visitId}`,
  classId,
  special: false,
  disputed: false,
  surveyed: true,
  ...over,
})

const population = fc
  .array(fc.record({ cls: fc.nat(5), special: fc.boolean(), disputed: fc.boolean(), surveyed: fc.boolean() }), { maxLength: 80 })
  .map((rows) => rows.map((r, i) => candidate(`v${String(i).padStart(3, '0')}`, `c${r.cls}`, r)))

test('mulberry32 repeats for a seed, differs across seeds, stays in [0, 1)', () => {
  const a = mulberry32(42)
  const b = mulberry32(42)
  const c = mulberry32(43)
  const xs = Array.from({ length: 1000 }, () => a())
  expect(Array.from({ length: 1000 }, () => b())).toEqual(xs)
  expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs)
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
})

test('same seed → same sample; every class its share; no visit twice', () => {
  fc.assert(
    fc.property(population, fc.integer({ min: 0, max: 40 }), fc.nat(0xffffffff), (cands, size, seed) => {
      const sample = drawSample(cands, size, seed)
      expect(drawSample([...cands].reverse(), size, seed)).toEqual(sample)
      expect(sample.seed).toBe(seed)
      expect(sample.picks).toHaveLength(Math.min(size, cands.length))
      expect(new Set(sample.picks.map((p) => p.visitId)).size).toBe(sample.picks.length)
      const n = Math.min(size, cands.length)
      for (const cls of new Set(cands.map((c) => c.classId))) {
        const inClass = cands.filter((c) => c.classId === cls).length
        const drawn = sample.picks.filter((p) => p.classId === cls).length
        const share = (n * inClass) / cands.length
        expect(drawn).toBeGreaterThanOrEqual(Math.floor(share))
        expect(drawn).toBeLessThanOrEqual(Math.min(Math.ceil(share), inClass))
      }
    }),
    { numRuns: 200, seed: 13 },
  )
})

test('quotas follow class sizes by largest remainder', () => {
  expect(
    classQuotas(
      new Map([
        ['c1', 20],
        ['c2', 30],
      ]),
      2,
    ),
  ).toEqual(
    new Map([
      ['c1', 1],
      ['c2', 1],
    ]),
  )
  expect(
    classQuotas(
      new Map([
        ['c1', 1],
        ['c2', 9],
      ]),
      5,
    ),
  ).toEqual(
    new Map([
      ['c1', 1],
      ['c2', 4],
    ]),
  )
  expect(classQuotas(new Map([['c1', 3]]), 10)).toEqual(new Map([['c1', 3]]))
})

describe('oversampling over 4000 seeds', () => {
  const SEEDS = Array.from({ length: 4000 }, (_, i) => i * 7919 + 1)
  /** How often the one pick of class c1 falls in the marked group, against its weight share. */
  const shareOf = (mark: Partial<SpotCheckCandidate>) => {
    const c1 = [
      ...Array.from({ length: 10 }, (_, i) => candidate(`a${i}`, 'c1')),
      ...Array.from({ length: 10 }, (_, i) => candidate(`b${i}`, 'c1', mark)),
    ]
    const c2 = Array.from({ length: 30 }, (_, i) => candidate(`z${i}`, 'c2'))
    let marked = 0
    let unstratified = 0
    for (const seed of SEEDS) {
      const picks = drawSample([...c1, ...c2], 2, seed).picks
      if (picks.map((p) => p.classId).join() !== 'c1,c2') unstratified += 1
      if (picks[0]!.visitId.startsWith('b')) marked += 1
    }
    const w = weightOf(candidate('x', 'c1', mark))
    return { observed: marked / SEEDS.length, expected: w / (w + 1), unstratified }
  }

  it.each<[string, Partial<SpotCheckCandidate>, number]>([
    ['special-category families (×3)', { special: true }, 3],
    ['disputed visits (×3)', { disputed: true }, 3],
    ['never-surveyed visits (×2)', { surveyed: false }, 2],
    ['special and disputed (×9)', { special: true, disputed: true }, 9],
    ['nothing special (×1)', {}, 1],
  ])('%s are drawn in proportion to their weight', (_, mark, weight) => {
    const { observed, expected, unstratified } = shareOf(mark)
    expect(unstratified).toBe(0)
    expect(expected).toBeCloseTo(weight / (weight + 1))
    expect(Math.abs(observed - expected)).toBeLessThan(0.03)
  })

  it('marks each pick with why it weighed more', () => {
    const sample = drawSample([candidate('v1', 'c1', { special: true, surveyed: false })], 1, 5)
    expect(sample.picks[0]!.reasons).toEqual(['special', 'neverSurveyed'])
  })
})
