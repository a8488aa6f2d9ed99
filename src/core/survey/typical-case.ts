// A record flagged as a typical case (典型案例): its texts, anonymised for the library other teachers read.
// The internal notes never go: they were written for the school, not for colleagues elsewhere.
import { TOPIC_KEYS, type VisitRecord } from '../visit/record.rules'
import { anonymiseTexts, type KnownNames, type RedactedText } from './anonymise'

/** Every free text of a record a case may show, keyed by where it sits (`feedback.0`, `summary`). */
export function typicalCaseTexts(r: VisitRecord): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of TOPIC_KEYS) out[`${k}.text`] = r[k].text
  r.feedback.forEach((f, i) => (out[`feedback.${i}`] = f.text))
  r.strategies.forEach((s, i) => (out[`strategies.${i}`] = s))
  out['guidance.text'] = r.guidance.text
  out['school.text'] = r.school.text
  r.opinions.forEach((o, i) => (out[`opinions.${i}`] = o))
  r.plan?.goals.forEach((g, i) => (out[`plan.goals.${i}`] = g))
  r.plan?.followUps.forEach((f, i) => (out[`plan.followUps.${i}`] = f.text))
  out.summary = r.summary
  // Empty texts need no review.
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v.trim() !== ''))
}

/** The anonymised draft the flagger reviews: each text with its redactions. */
export const draftTypicalCase = (r: VisitRecord, known: KnownNames): Record<string, RedactedText> =>
  anonymiseTexts(typicalCaseTexts(r), known)
