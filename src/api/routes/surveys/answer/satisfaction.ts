// The visiting teacher's own 满意率: a count grouped by satisfaction over their visits' answers, one
// read, never a document. Always shown as to a teacher (样本不足 under 5), whatever other roles the
// caller has: these are the answers about their own visits.
import { TEACHER } from '../../../../core/roles'
import { Errors, ok } from '../../../../core/result'
import { satisfactionFigure, shownTo } from '../../../../core/survey/figures'
import { SATISFACTION } from '../../../../core/survey/questionnaire.schema'
import type { RouteTable } from '../../../types'

export const mySatisfaction: RouteTable<'surveys'>['mySatisfaction'] = async (_input, ctx, { store }) => {
  const staff = ctx.caller.staff
  if (!staff) return Errors.notFound('教师')
  const counts = await store.countBy('survey_answers', 'satisfaction', { teacherId: staff._id })
  const answers = SATISFACTION.flatMap((s) => Array.from({ length: counts[s] ?? 0 }, () => ({ satisfaction: s })))
  const { label, text, numerator, denominator, withheld } = shownTo(satisfactionFigure(answers), TEACHER)
  return ok({ label, text, numerator, denominator, withheld })
}
