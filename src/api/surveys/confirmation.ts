// Whether a completed visit counts as confirmed, kept on its family claim so the plan board counts it
// in the database. Recomputed from all the visit's evidence by figures.ts whenever a piece changes
// (an answer, a call, a dispute opened or decided): the result converges whatever the order of writes.
import { confirmationOfVisit, type VisitEvidence } from '../../core/survey/figures'
import { spotCheckEvidence } from '../../core/survey/spot-check.outcome'
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { claimId } from '../routes/visits/access'
import { repos } from '../repos'

const FEW = 50

/** The answered questionnaire's visit: its id is `<visitId>:<guardianId>`. */
export const visitOfAnswer = (answerId: string) => answerId.slice(0, answerId.lastIndexOf(':'))

export async function visitEvidence(store: DocStore, visitId: string): Promise<{ visit: Visit; evidence: VisitEvidence } | null> {
  const r = repos(store)
  const [visit, questionnaires, calls, disputes] = await Promise.all([
    r.visits.get(visitId),
    r.questionnaires.find({ where: { visitId }, limit: FEW }),
    r.spot_calls.find({ where: { visitId }, limit: FEW }),
    r.disputes.find({ where: { visitId }, limit: FEW }),
  ])
  if (!visit) return null
  const answers = questionnaires.length ? await r.survey_answers.getMany(questionnaires.map((q) => q._id)) : []
  const evidence: VisitEvidence = {
    visitId,
    periodId: visit.periodId,
    completed: visit.status === 'completed',
    surveys: answers.flatMap((a) => (a.tookPlace ? [{ tookPlace: a.tookPlace, at: '' }] : [])),
    spotChecks: calls.flatMap((c) => (c.outcome && c.outcomeAt ? [spotCheckEvidence(c.outcome, c.outcomeAt)] : [])),
    disputes: disputes.map((d) => d.state),
  }
  return { visit, evidence }
}

/** Sets the visit's claim to confirmed or back to completed, as confirmationOfVisit says; a concurrent change re-reads. */
export async function refreshConfirmation(store: DocStore, visitId: string, tries = 3): Promise<void> {
  const found = await visitEvidence(store, visitId)
  if (!found) return
  const claim = await repos(store).claims.get(claimId(found.visit.familyId, found.visit.periodId))
  if (!claim || claim.visitId !== visitId || (claim.state !== 'completed' && claim.state !== 'confirmed')) return
  const state = confirmationOfVisit(found.evidence) === 'confirmed' ? 'confirmed' : 'completed'
  if (claim.state === state) return
  if (!(await store.update('claims', claim._id, { state }, claim._v)) && tries > 1) await refreshConfirmation(store, visitId, tries - 1)
}
