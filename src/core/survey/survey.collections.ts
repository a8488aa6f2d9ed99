// The surveys' collections (issue 13), spread into the one declaration in src/core/collections.ts.
// Each index serves a declared query (the query-plan test checks it).
import { defineCollection } from '../collection'
import { DisputeSchema } from './dispute.rules'
import { QuestionnaireSchema } from './questionnaire.rules'
import { SurveyAnswerDocSchema } from './survey-answer.schema'
import { TicketSchema } from './ticket.rules'

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
  // survey-answer: one per answered questionnaire (same id). Counts group by teacher (their own
  // satisfaction line) and, for leaders, by school/class and period.
  defineCollection('survey_answers', SurveyAnswerDocSchema, {
    indexes: [{ fields: ['teacherId'] }, { fields: ['schoolId', 'periodId'] }, { fields: ['classId', 'periodId'] }],
    queries: [{ where: { teacherId: 'eq' } }, { where: { schoolId: 'eq', periodId: 'eq' } }, { where: { classId: 'eq', periodId: 'eq' } }],
  }),
  // One per source (disputeId): the leaders' queue by school and state.
  defineCollection('disputes', DisputeSchema, {
    indexes: [{ fields: ['schoolId', 'state', 'raisedAt'] }, { fields: ['visitId'] }],
    queries: [{ where: { schoolId: 'eq', state: 'eq' }, orderBy: ['raisedAt'] }, { where: { visitId: 'eq' } }],
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
] as const
