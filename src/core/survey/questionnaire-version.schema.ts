// A questionnaire version the district published (`questionnaire_versions/qv:<districtId>:<version>`):
// immutable once published; new questionnaires use the district's newest, answers keep their own.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { QuestionnaireDefinitionSchema } from './questionnaire.schema'

export const QuestionnaireVersionSchema = DocBase.extend({
  districtId: z.string(),
  version: z.string(),
  definition: QuestionnaireDefinitionSchema,
  publishedAt: z.string(),
  publishedBy: z.string(),
})
export type QuestionnaireVersion = z.infer<typeof QuestionnaireVersionSchema>

export const questionnaireVersionId = (districtId: string, version: string) => `qv:${districtId}:${version}`
