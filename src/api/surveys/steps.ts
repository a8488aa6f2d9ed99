// The questionnaires' scheduler work, a slice at a time: send what is new, remind after 3 days, close
// after 14. Each step is the questionnaire's compare-and-set together with its inbox item and outbox
// message (ids derived from questionnaire and step): two runs at once send each step exactly once.
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { pageLink } from '../../core/pages'
import { nextStep, stepPatch, surveyMessage, type Questionnaire, type Step } from '../../core/survey/questionnaire.rules'
import { repos } from '../repos'

export type SurveyStepStats = { surveySent: number; surveyReminded: number; surveyClosed: number }
const COUNTER: Record<Step, keyof SurveyStepStats> = { send: 'surveySent', remind: 'surveyReminded', close: 'surveyClosed' }

/** The inbox item and the push of a send or a reminder; nothing is told when it closes. */
function tellOps(q: Questionnaire, step: Step, at: string): WriteOp[] {
  if (step === 'close') return []
  const msg = surveyMessage(step, q)
  const page = pageLink('parentSurvey', { id: q._id })
  const key = `svy-${step}-${q._id}`
  return [
    writes.insert('inbox', { _id: `inb-${key}`, userId: q.userId, title: msg.title, body: msg.body, page, at, read: false }),
    writes.insert('outbox', {
      _id: `obx-${key}`,
      userId: q.userId,
      visitId: q.visitId,
      event: step === 'send' ? 'survey_sent' : 'survey_reminder',
      templateKey: msg.templateKey,
      title: msg.title,
      body: msg.body,
      data: msg.data,
      page,
      dueAt: at,
      startAt: null,
      status: 'pending',
      attempts: 0,
      claimedAt: null,
      sentAt: null,
      lastError: null,
    }),
  ]
}

/** The step's writes, the questionnaire's compare-and-set first; a stale due time is just moved. */
function stepOps(q: Questionnaire, now: Date): { step: Step | null; ops: WriteOp[] } {
  const step = nextStep(q, now)
  if (!step) return { step, ops: [writes.update('questionnaires', q._id, { dueAt: null }, q._v)] }
  const at = now.toISOString()
  return { step, ops: [writes.update('questionnaires', q._id, stepPatch(step, now, q), q._v), ...tellOps(q, step, at)] }
}

/**
 * One slice: up to `size` due questionnaires stepped. All in one batch in the usual case; when another
 * run took some (or the batch is too big for the engine), each alone, and those it lost are skipped.
 */
export async function surveyStepSlice(store: DocStore, now: Date, size: number, stats: SurveyStepStats): Promise<number> {
  const due = await repos(store).questionnaires.find({
    where: { dueAt: { lte: now.toISOString() } },
    orderBy: [['dueAt', 'asc']],
    limit: size,
  })
  const planned = due.map((q) => stepOps(q, now))
  const all = planned.flatMap((p) => p.ops)
  let won = planned
  if (all.length === 0) return 0
  if (all.length > store.maxBatchOps || !(await store.batch(all)).ok) {
    const ok = await Promise.all(planned.map(async (p) => (await store.batch(p.ops)).ok))
    won = planned.filter((_, k) => ok[k])
  }
  for (const p of won) if (p.step) stats[COUNTER[p.step]]++
  return due.length
}
