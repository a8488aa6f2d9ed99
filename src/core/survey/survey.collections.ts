// The surveys' collections (issue 13), spread into the one declaration in src/core/collections.ts.
// Each index serves a declared query (the query-plan test checks it).
import { defineCollection } from '../collection'
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { DisputeSchema } from './dispute.rules'
import { QuestionnaireSchema } from './questionnaire.rules'
import { SATISFACTION, TOOK_PLACE } from './questionnaire.schema'
import { SpotCallSchema, SpotCheckSchema } from './spot-check.record'
import { TicketSchema } from './ticket.rules'

/** One answered questionnaire (_id = questionnaireId) as the figures read it; the full answer stays on the questionnaire. */
export const AnsweredSurveySchema = DocBase.extend({
  schoolId: z.string(),
  classId: z.string().nullable(),
  teacherId: z.string(),
  periodId: z.string(),
  satisfaction: z.enum(SATISFACTION).nullable(),
  tookPlace: z.enum(TOOK_PLACE).nullable(),
  offered: z.boolean().nullable(),
  version: z.string(),
})
export type AnsweredSurvey = z.infer<typeof AnsweredSurveySchema>

export const SURVEY_COLLECTIONS = [
  // One per visit and guardian (questionnaireId). The scheduler finds what is due by state and time.
  defineCollection('questionnaires', QuestionnaireSchema, {
    indexes: [{ fields: ['visitId'] }, { fields: ['userId', 'createdAt'] }],
    queries: [{ where: { visitId: 'eq' } }, { where: { userId: 'eq' }, orderBy: ['createdAt desc'] }],
  }),
  // One per source (disputeId): the leaders' queue by school and state.
  defineCollection('disputes', DisputeSchema, {
    indexes: [{ fields: ['schoolId', 'state', 'raisedAt'] }, { fields: ['visitId'] }],
    queries: [
      { where: { schoolId: 'eq', state: 'eq' }, orderBy: ['raisedAt'] },
      { where: { schoolId: 'eq', state: 'eq' }, orderBy: ['raisedAt desc'] },
      // The disputed visits a spot-check draw weighs (read whole, in pages).
      { where: { schoolId: 'eq', state: 'eq' }, orderBy: ['_id'] },
      { where: { visitId: 'eq' } },
    ],
  }),
  // Opinions routed to a class's head teacher (ownerId) or to the school (ownerId null, by school).
  defineCollection('tickets', TicketSchema, {
    indexes: [
      { fields: ['ownerId', 'state', 'createdAt'] },
      { fields: ['schoolId', 'route', 'state', 'createdAt'] },
      { fields: ['familyId', 'createdAt'] },
    ],
    queries: [
      { where: { ownerId: 'eq', state: 'eq' }, orderBy: ['createdAt'] },
      { where: { schoolId: 'eq', route: 'eq', state: 'eq' }, orderBy: ['createdAt'] },
      { where: { familyId: 'eq' }, orderBy: ['createdAt desc'] },
    ],
  }),
  // Answers for the figures: 满意率 per school and period (count by satisfaction), a class's answers for leaders.
  defineCollection('survey_answers', AnsweredSurveySchema, {
    indexes: [{ fields: ['schoolId', 'periodId', 'satisfaction'] }, { fields: ['classId', 'periodId'] }],
    queries: [
      { where: { schoolId: 'eq', periodId: 'eq' } },
      { where: { schoolId: 'eq', periodId: 'eq' }, orderBy: ['_id'] },
      { where: { classId: 'eq', periodId: 'eq' } },
    ],
  }),
  // Spot-check samples (seed kept), newest first per school; one call document per pick started.
  defineCollection('spot_checks', SpotCheckSchema, {
    indexes: [{ fields: ['schoolId', 'drawnAt'] }],
    queries: [{ where: { schoolId: 'eq' }, orderBy: ['drawnAt desc'] }],
  }),
  defineCollection('spot_calls', SpotCallSchema, {
    indexes: [{ fields: ['spotCheckId'] }, { fields: ['visitId'] }],
    queries: [{ where: { spotCheckId: 'eq' } }, { where: { visitId: 'eq' } }],
  }),
] as const
