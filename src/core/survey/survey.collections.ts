// The surveys' collections (issue 13), spread into the one declaration in src/core/collections.ts.
// Each index serves a declared query (the query-plan test checks it).
import { defineCollection } from '../collection'
import { DisputeSchema } from './dispute.rules'
import { QuestionnaireSchema } from './questionnaire.rules'
import { QuestionnaireVersionSchema } from './questionnaire-version.schema'
import { SpotCallSchema, SpotCheckSchema } from './spot-check.record'
import { SurveyAnswerDocSchema, type SurveyAnswerDoc } from './survey-answer.schema'
import { TicketSchema } from './ticket.rules'
import { TypicalCaseSchema } from './typical-case.schema'

/** One answered questionnaire as the figures and the leaders read it (`survey_answers`). */
export type AnsweredSurvey = SurveyAnswerDoc

export const SURVEY_COLLECTIONS = [
  // One per visit and guardian (questionnaireId). The scheduler finds what is due by state and time.
  defineCollection('questionnaires', QuestionnaireSchema, {
    indexes: [{ fields: ['visitId'] }, { fields: ['userId', 'createdAt'] }, { fields: ['dueAt'] }],
    queries: [
      { where: { visitId: 'eq' } },
      { where: { userId: 'eq' }, orderBy: ['createdAt desc'] },
      // The scheduler: what is owed a step by now, oldest first (answered and closed ones have no dueAt).
      { where: { dueAt: 'range' }, orderBy: ['dueAt'] },
    ],
  }),
  // The district's published questionnaire versions, newest first (immutable).
  defineCollection('questionnaire_versions', QuestionnaireVersionSchema, {
    indexes: [{ fields: ['districtId', 'publishedAt'] }],
    queries: [{ where: { districtId: 'eq' }, orderBy: ['publishedAt desc'] }],
    appendOnly: true,
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
      { fields: ['schoolId', 'state', 'createdAt'] },
    ],
    queries: [
      { where: { ownerId: 'eq', state: 'eq' }, orderBy: ['createdAt'] },
      { where: { schoolId: 'eq', route: 'eq', state: 'eq' }, orderBy: ['createdAt'] },
      { where: { familyId: 'eq' }, orderBy: ['createdAt desc'] },
      // The leader's board: open tickets of the school, class and school alike, and the oldest.
      { where: { schoolId: 'eq', state: 'eq' }, orderBy: ['createdAt'] },
    ],
  }),
  // One per answered questionnaire (same id): 满意率 per school and period (count by satisfaction), a
  // class's answers for leaders, a teacher's own satisfaction line (counts only, never an answer).
  defineCollection('survey_answers', SurveyAnswerDocSchema, {
    // By satisfaction for the school, and per teacher for the teacher sheet (from the index alone).
    indexes: [
      { fields: ['schoolId', 'periodId', 'satisfaction', 'teacherId'] },
      { fields: ['classId', 'periodId'] },
      { fields: ['teacherId'] },
    ],
    queries: [
      { where: { schoolId: 'eq', periodId: 'eq' } },
      // The report's 满意率 per class, the district's per school (count by classId / schoolId per answer).
      { where: { schoolId: 'eq', periodId: 'eq', satisfaction: 'eq' } },
      { where: { schoolId: 'eq', periodId: 'eq' }, orderBy: ['_id'] },
      { where: { classId: 'eq', periodId: 'eq' } },
      { where: { teacherId: 'eq' } },
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
  // Published typical cases: immutable anonymised copies; the school's library, the district's.
  defineCollection('typical_cases', TypicalCaseSchema, {
    indexes: [{ fields: ['schoolId', 'publishedAt'] }, { fields: ['districtId', 'publishedAt'] }],
    queries: [
      { where: { schoolId: 'eq' }, orderBy: ['publishedAt desc'] },
      { where: { districtId: 'eq' }, orderBy: ['publishedAt desc'] },
    ],
    appendOnly: true,
  }),
] as const
