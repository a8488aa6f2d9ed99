// Whether a completed visit counts as confirmed, kept on its family claim so the plan board counts it
// in the database. Recomputed from all the visit's evidence by figures.ts whenever a piece changes
// (an answer, a call, a dispute opened or decided): the result converges whatever the order of writes.
import { confirmationOfVisit, type VisitEvidence } from '../../core/survey/figures'
import { spotCheckEvidence } from '../../core/survey/spot-check.outcome'
import type { DocStore } from '../../core/ports/doc-store'
import { claimId } from '../routes/visits/access'
import { repos } from '../repos'

const FEW = 50

/** The answered questionnaire's visit: its id is `<visitId>:<guardianId>`. */
export const visitOfAnswer = (answerId: string) => answerId.slice(0, answerId.lastIndexOf(':'))

export async function visitEvidence(store: DocStore, visitId: string): Promise<VisitEvidence | null> {
  const r = repos(store)
  const [visit, questionnaires, calls, disputes] = await Promise.all([
    r.visits.get(visitId),
    r.questionnaires.find({ where: { visitId }, limit: FEW }),
    r.spot_calls.find({ where: { visitId }, limit: FEW }),
    r.disputes.find({ where: { visitId }, limit: FEW }),
  ])
  if (!visit) return null
  const answers = questionnaires.length ? await r.survey_answers.getMany(questionnaires.map((q) => q._id)) : []
  return {
    visitId,
    periodId: visit.periodId,
    completed: visit.status === 'completed',
    surveys: answers.flatMap((a) => (a.tookPlace ? [{ tookPlace: a.tookPlace, at: '' }] : [])),
    spotChecks: calls.flatMap((c) => (c.outcome && c.outcomeAt ? [spotCheckEvidence(c.outcome, c.outcomeAt)] : [])),
    disputes: disputes.map((d) => d.state),
  }
}

/** Sets the visit's claim to confirmed or back to completed, as confirmationOfVisit says. */
export async function refreshConfirmation(store: DocStore, visitId: string): Promise<void> {
  const evidence = await visitEvidence(store, visitId)
  const visit = evidence && (await repos(store).visits.get(visitId))
  if (!evidence || !visit) return
  const claim = await repos(store).claims.get(claimId(visit.familyId, visit.periodId))
  if (!claim || claim.visitId !== visitId || (claim.state !== 'completed' && claim.state !== 'confirmed')) return
  const state = confirmationOfVisit(evidence) === 'confirmed' ? 'confirmed' : 'completed'
  if (claim.state !== state) await store.update('claims', claim._id, { state, at: claim.at }, claim._v)
}
