// A parent's answer: checked against the version the questionnaire was sent with, stored with the
// visit's scope for leaders' counts, in one batch with the questionnaire's compare-and-set, a dispute
// when the parent says the visit did not happen as recorded, and a ticket for what they want the
// school to know. Sent twice (a network retry), it counts once.
import { err, Errors, ok, type Result } from '../../../../core/result'
import type { DocStore, WriteOp } from '../../../../core/ports/doc-store'
import { writes } from '../../../../core/ports/writes'
import { disputeReasonOf, openDispute } from '../../../../core/survey/dispute.rules'
import { checkCanAnswer, type Questionnaire } from '../../../../core/survey/questionnaire.rules'
import { parseAnswer, type SurveyAnswer } from '../../../../core/survey/questionnaire.schema'
import { answerDoc, isSameAnswer, type SurveyAnswerDoc } from '../../../../core/survey/survey-answer.schema'
import { routeTicket } from '../../../../core/survey/ticket.rules'
import { repos } from '../../../repos'
import { refreshConfirmation } from '../../../surveys/confirmation'
import { definitionFor } from '../../../surveys/definitions'
import { openDisputeOps } from '../supervise/dispute-views'
import type { RouteTable } from '../../../types'
import { ownQuestionnaire } from './read'

type R = RouteTable<'surveys'>
/** The free-text question whose words become a ticket for the class. */
const TO_SCHOOL = 'to_school'
const done = (id: string) => ok({ id, state: 'answered' as const })

/** Already answered: the same answer again is a success, another one is refused. */
async function again(store: DocStore, q: Questionnaire, answer: SurveyAnswer): Promise<Result<{ id: string; state: 'answered' }>> {
  const stored = await repos(store).survey_answers.get(q._id)
  if (stored && isSameAnswer(stored, answer)) return done(q._id)
  // Answered by another submission: the refusal says so in the one wording of the rules.
  const refusal = checkCanAnswer({ ...q, answeredAt: q.answeredAt ?? stored?.answeredAt ?? 'answered' }, new Date(0))
  return refusal.ok ? Errors.conflict() : refusal
}

/** The dispute and the ticket the answer raises, if any. */
function followOps(
  doc: Omit<SurveyAnswerDoc, '_v'>,
  cls: { classId: string; headTeacherId: string | null } | null,
  teacherUserId: string,
  at: Date,
): WriteOp[] {
  const said = typeof doc.values[TO_SCHOOL] === 'string' ? (doc.values[TO_SCHOOL] as string).trim() : ''
  const ops: WriteOp[] = []
  const reason = doc.tookPlace ? disputeReasonOf(doc.tookPlace) : null
  if (reason) {
    const { schoolId, visitId, familyId, teacherId } = doc
    const dispute = openDispute({ schoolId, visitId, familyId, teacherId, source: 'survey', reason, text: said, sourceId: doc._id }, at)
    // The teacher is asked for their side in the same batch (neutral inbox item).
    ops.push(...openDisputeOps(dispute, teacherUserId))
  }
  if (said) {
    const ticket = {
      _id: `ticket:survey:${doc._id}`,
      schoolId: doc.schoolId,
      familyId: doc.familyId,
      parentUserId: doc.userId,
      source: 'survey' as const,
      ...routeTicket('class', cls),
      text: said,
      createdAt: at.toISOString(),
      state: 'open' as const,
      answer: null,
    }
    ops.push(writes.insert('tickets', ticket))
  }
  return ops
}

export const answer: R['answer'] = async ({ id, answer: input }, ctx, { store }) => {
  const q = await ownQuestionnaire(store, ctx, id)
  if (!q) return Errors.notFound('问卷')
  // Read with the version it was sent with (built-in, or published by the district).
  const def = await definitionFor(store, q.schoolId, q.version)
  if (!def) return Errors.notFound('问卷')
  const parsed = parseAnswer([def], input)
  if (!parsed.ok) return parsed
  if (parsed.data.version !== q.version) return err('SURVEY.UNKNOWN_VERSION', '问卷已更新，请刷新后重新填写')
  if (q.answeredAt) return again(store, q, parsed.data)
  const can = checkCanAnswer(q, ctx.now)
  if (!can.ok) return can
  const r = repos(store)
  const [visit, family] = await Promise.all([r.visits.get(q.visitId), r.families.get(q.familyId)])
  if (!visit) return Errors.notFound('问卷')
  const cls = family?.classId ? await r.classes.get(family.classId) : null
  const scope = { classId: family?.classId ?? null, teacherId: visit.teacherId, periodId: visit.periodId }
  const doc = answerDoc(q, def, parsed.data, scope, ctx.now)
  const route = cls ? { classId: cls._id, headTeacherId: cls.headTeacherId } : null
  const ops = [
    writes.update('questionnaires', q._id, { answeredAt: doc.answeredAt, dueAt: null }, q._v),
    writes.insert('survey_answers', doc),
    ...followOps(doc, route, visit.teacherUserId, ctx.now),
  ]
  if ((await store.batch(ops)).ok) {
    // The answer may confirm the visit (or dispute it): 到位率 follows.
    await refreshConfirmation(store, q.visitId)
    return done(q._id)
  }
  // Lost to a concurrent submission (the same tap sent twice): decide against what it stored.
  const now = await r.questionnaires.get(q._id)
  return now?.answeredAt ? again(store, now, parsed.data) : Errors.conflict('问卷刚刚有变化，请再提交一次')
}
