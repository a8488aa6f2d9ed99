// A stored answer (`survey_answers/<questionnaireId>`): the parent's values under their own version,
// and beside them the measures and the visit's scope, so leaders' counts group by field without
// reading a single answer text. The visiting teacher never reads these documents, only counts.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { toIso } from '../time'
import type { Questionnaire } from './questionnaire.rules'
import {
  SATISFACTION,
  SurveyAnswerSchema,
  TOOK_PLACE,
  measuresOfAnswer,
  type QuestionnaireDefinition,
  type SurveyAnswer,
} from './questionnaire.schema'

export const SurveyAnswerDocSchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string().nullable(),
  teacherId: z.string(),
  periodId: z.string(),
  visitId: z.string(),
  familyId: z.string(),
  guardianId: z.string(),
  userId: z.string(),
  version: z.string(),
  values: SurveyAnswerSchema.shape.values,
  satisfaction: z.enum(SATISFACTION).nullable(),
  tookPlace: z.enum(TOOK_PLACE).nullable(),
  offered: z.boolean().nullable(),
  answeredAt: z.string(),
})
export type SurveyAnswerDoc = z.infer<typeof SurveyAnswerDocSchema>

/** The visit facts an answer is filed under. */
export type AnswerScope = { classId: string | null; teacherId: string; periodId: string }

/** The answer document of a questionnaire: same id, so an answer sent twice cannot be stored twice. */
export function answerDoc(
  q: Questionnaire,
  def: QuestionnaireDefinition,
  answer: SurveyAnswer,
  scope: AnswerScope,
  now: Date,
): Omit<SurveyAnswerDoc, '_v'> {
  return {
    _id: q._id,
    schoolId: q.schoolId,
    ...scope,
    visitId: q.visitId,
    familyId: q.familyId,
    guardianId: q.guardianId,
    userId: q.userId,
    version: answer.version,
    values: answer.values,
    ...measuresOfAnswer(def, answer),
    answeredAt: toIso(now),
  }
}

/** The same answer again (a network retry): values compared key by key. */
export function isSameAnswer(doc: Pick<SurveyAnswerDoc, 'version' | 'values'>, answer: SurveyAnswer): boolean {
  const a = Object.entries(doc.values).sort(([x], [y]) => (x < y ? -1 : 1))
  const b = Object.entries(answer.values).sort(([x], [y]) => (x < y ? -1 : 1))
  return doc.version === answer.version && JSON.stringify(a) === JSON.stringify(b)
}
