// The record form's state is a draft (every field optional); these turn it into what is saved and sent.
// Relative imports: the unit tests load this file without the app's path aliases.
import { opinionRoute, TOPIC_KEYS, type RecordDraft, type RecordInput } from '../../../core/visit/record.rules'

export type Form = RecordDraft
const filled = (s: string) => s.trim() !== ''

/** Blank opinions left out together with their route, so each kept opinion keeps its own. */
function opinionsOf(f: Form): Pick<RecordDraft, 'opinions' | 'opinionRoutes'> {
  const kept = (f.opinions ?? []).map((text, i) => ({ text, route: opinionRoute(f, i) })).filter((o) => filled(o.text))
  return { opinions: kept.map((o) => o.text), opinionRoutes: kept.map((o) => o.route) }
}

/** What is saved as a draft: blank list rows (just added, not typed yet) left out. */
export function draftOf(f: Form): RecordDraft {
  return {
    ...f,
    ...(f.feedback ? { feedback: f.feedback.filter((x) => filled(x.text)) } : {}),
    ...(f.strategies ? { strategies: f.strategies.filter(filled) } : {}),
    ...(f.opinions ? opinionsOf(f) : {}),
    ...(f.plan ? { plan: { goals: f.plan.goals.filter(filled), followUps: f.plan.followUps.filter((x) => filled(x.text)) } } : {}),
  }
}

/** The submission: every section present, so a missing choice gets its own message ("请选择监护情况"). */
export function inputOf(f: Form): RecordInput {
  const d = draftOf(f)
  const topics = Object.fromEntries(TOPIC_KEYS.map((k) => [k, d[k] ?? { choice: undefined, text: '' }]))
  return {
    ...(topics as Pick<RecordInput, (typeof TOPIC_KEYS)[number]>),
    feedback: d.feedback ?? [],
    strategies: d.strategies ?? [],
    guidance: d.guidance ?? { topics: [], text: '' },
    school: d.school ?? { given: false, text: '' },
    opinions: d.opinions ?? [],
    opinionRoutes: d.opinionRoutes ?? [],
    plan: d.plan ?? null,
    summary: d.summary ?? '',
    notes: d.notes ?? '',
    integrity: d.integrity ?? false,
  }
}
