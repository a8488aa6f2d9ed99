// Individual answers for supervision: leaders of the school only (the contract's roles; the school here).
import { Errors, ok } from '../../../../core/result'
import type { AnsweredSurvey } from '../../../../core/survey/survey.collections'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'
import { schoolContext } from '../../coverage/school'
import { supervisorOf } from './leader'

type R = RouteTable<'surveys'>

const row = (a: AnsweredSurvey) => ({
  answerId: a._id,
  satisfaction: a.satisfaction,
  tookPlace: a.tookPlace,
  offered: a.offered,
  version: a.version,
})

export const surveyAnswers: R['surveyAnswers'] = async ({ classId, visitId }, ctx, { store }) => {
  const r = repos(store)
  const school = supervisorOf(ctx) && (await schoolContext(store, ctx.caller, ctx.now))
  if (!school) return Errors.notFound(classId ? '班级' : '家访')
  if (classId) {
    if (!school.classById.has(classId)) return Errors.notFound('班级')
    const periodIds = [school.periods.semester.id, school.periods.year.id]
    const answers = await r.survey_answers.find({ where: { classId, periodId: { in: periodIds } }, limit: 100 })
    return ok({ answers: answers.map(row) })
  }
  const visit = await r.visits.get(visitId!)
  if (!visit || visit.schoolId !== school.schoolId) return Errors.notFound('家访')
  const qs = await r.questionnaires.find({ where: { visitId: visit._id }, limit: 50 })
  const answers = qs.length ? await r.survey_answers.getMany(qs.map((q) => q._id)) : []
  return ok({ answers: answers.map(row) })
}
