// Random phone spot-checks (policy §五(三)): a leader draws completed visits for the period. Seeded and
// reproducible (the seed is stored with the sample, so anyone can redraw it and get the same list);
// stratified by class (each class its proportional share); within a class, visits more likely to hide a
// problem weigh more. Weights multiply: special-category family ×3, disputed ×3, never surveyed ×2.
import { z } from 'zod'

export const SPOT_CHECK_WEIGHTS = { special: 3, disputed: 3, neverSurveyed: 2 } as const
export type SampleReason = keyof typeof SPOT_CHECK_WEIGHTS

export const SeedSchema = z.number().int().min(0).max(0xffffffff)

/** mulberry32: a tiny 32-bit PRNG, the same sequence on every platform for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SpotCheckCandidate = {
  visitId: string
  familyId: string
  classId: string
  special: boolean
  disputed: boolean
  /** Some guardian has answered its questionnaire. */
  surveyed: boolean
}
export type SpotCheckPick = { visitId: string; familyId: string; classId: string; reasons: SampleReason[] }
/** `requested` is what the leader asked for; fewer picks when the period has fewer completed visits. */
export type SpotCheckSample = { seed: number; requested: number; picks: SpotCheckPick[] }

export function reasonsOf(c: SpotCheckCandidate): SampleReason[] {
  const out: SampleReason[] = []
  if (c.special) out.push('special')
  if (c.disputed) out.push('disputed')
  if (!c.surveyed) out.push('neverSurveyed')
  return out
}

export const weightOf = (c: SpotCheckCandidate) => reasonsOf(c).reduce((w, r) => w * SPOT_CHECK_WEIGHTS[r], 1)

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Each class's share of `size`, proportional to its visits (largest remainders, ties by class id). */
export function classQuotas(counts: ReadonlyMap<string, number>, size: number): Map<string, number> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  const n = Math.min(size, total)
  const classes = [...counts.keys()].sort(byKey)
  const exact = classes.map((c) => (total === 0 ? 0 : (n * counts.get(c)!) / total))
  const quotas = new Map(classes.map((c, i) => [c, Math.floor(exact[i]!)]))
  let left = n - [...quotas.values()].reduce((a, b) => a + b, 0)
  const order = classes.map((c, i) => ({ c, frac: exact[i]! - Math.floor(exact[i]!) })).sort((a, b) => b.frac - a.frac || byKey(a.c, b.c))
  for (const { c } of order) {
    if (left === 0) break
    if (quotas.get(c)! < counts.get(c)!) {
      quotas.set(c, quotas.get(c)! + 1)
      left -= 1
    }
  }
  return quotas
}

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis: key = u^(1/w), keep the largest). The
 * candidates are put in visit-id order first, so the sample depends on the seed alone, not on the
 * order the database returned them in.
 */
function drawWithin(cands: readonly SpotCheckCandidate[], k: number, next: () => number): SpotCheckCandidate[] {
  const keyed = cands.map((c) => ({ c, key: Math.pow(next(), 1 / weightOf(c)) }))
  return keyed
    .sort((a, b) => b.key - a.key || byKey(a.c.visitId, b.c.visitId))
    .slice(0, k)
    .map((x) => x.c)
}

/** The sample for `seed`: at most `size` visits, each class its share, picks listed by class then visit. */
export function drawSample(candidates: readonly SpotCheckCandidate[], size: number, seed: number): SpotCheckSample {
  const s = SeedSchema.parse(seed)
  const unique = [...new Map(candidates.map((c) => [c.visitId, c])).values()].sort((a, b) => byKey(a.visitId, b.visitId))
  const byClass = new Map<string, SpotCheckCandidate[]>()
  for (const c of unique) {
    const list = byClass.get(c.classId)
    if (list) list.push(c)
    else byClass.set(c.classId, [c])
  }
  const requested = Math.max(0, Math.floor(size))
  const quotas = classQuotas(new Map([...byClass].map(([k, v]) => [k, v.length])), requested)
  const next = mulberry32(s)
  const picks: SpotCheckPick[] = []
  for (const classId of [...byClass.keys()].sort(byKey)) {
    const chosen = drawWithin(byClass.get(classId)!, quotas.get(classId)!, next)
    chosen.sort((a, b) => byKey(a.visitId, b.visitId))
    for (const c of chosen) picks.push({ visitId: c.visitId, familyId: c.familyId, classId, reasons: reasonsOf(c) })
  }
  return { seed: s, requested, picks }
}

/** A fresh seed from any source of randomness the caller has (the route uses crypto). */
export const seedFrom = (random: () => number) => Math.floor(random() * 0x100000000) >>> 0
