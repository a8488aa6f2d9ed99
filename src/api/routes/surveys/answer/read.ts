// A parent's questionnaires and one questionnaire with its questions. Another account's questionnaire
// is answered exactly as a missing one.
import type { Questionnaire } from '../../../../core/survey/questionnaire.rules'
import { closesAt } from '../../../../core/survey/questionnaire.rules'
import { parentStateOf, promptFacts, renderedQuestions } from '../../../../core/survey/questionnaire.view'
import type { Visit } from '../../../../core/model/visit.schema'
import { Errors, ok } from '../../../../core/result'
import { repos } from '../../../repos'
import { definitionFor } from '../../../surveys/definitions'
import type { Ctx, RouteTable } from '../../../types'

type R = RouteTable<'surveys'>

/** The caller's own questionnaire, or null (someone else's is as missing). */
export async function ownQuestionnaire(store: Parameters<typeof repos>[0], ctx: Ctx, id: string): Promise<Questionnaire | null> {
  const q = await repos(store).questionnaires.get(id)
  return q && q.userId === ctx.caller.user._id ? q : null
}

function itemOf(q: Questionnaire, visit: Visit | undefined, now: Date) {
  const agreed = visit?.agreed?.option ?? null
  const facts = promptFacts(agreed)
  return {
    id: q._id,
    state: parentStateOf(q, now),
    when: facts.when,
    format: facts.format,
    closesAt: closesAt(q),
    answeredAt: q.answeredAt,
  }
}

export const myQuestionnaires: R['myQuestionnaires'] = async (_input, ctx, { store }) => {
  const r = repos(store)
  const qs = await r.questionnaires.find({ where: { userId: ctx.caller.user._id }, orderBy: [['createdAt', 'desc']], limit: 20 })
  const visits = await r.visits.getMany([...new Set(qs.map((q) => q.visitId))])
  const visitOf = new Map(visits.map((v) => [v._id, v]))
  const items = qs.map((q) => itemOf(q, visitOf.get(q.visitId), ctx.now)).filter((i) => i.state === 'open' || i.state === 'answered')
  return ok({ items })
}

export const questionnaire: R['questionnaire'] = async ({ id }, ctx, { store }) => {
  const q = await ownQuestionnaire(store, ctx, id)
  const def = q ? await definitionFor(store, q.schoolId, q.version) : null
  if (!q || !def) return Errors.notFound('问卷')
  const visit = await repos(store).visits.get(q.visitId)
  const item = itemOf(q, visit ?? undefined, ctx.now)
  const questions = renderedQuestions(def, promptFacts(visit?.agreed?.option ?? null))
  return ok({ ...item, version: def.version, title: def.title, intro: def.intro, questions })
}
