// The surveys' collections (issue 13), spread into the one declaration in src/core/collections.ts.
// Each index serves a declared query (the query-plan test checks it).
import { defineCollection } from '../collection'
import { DisputeSchema } from './dispute.rules'
import { QuestionnaireSchema } from './questionnaire.rules'
import { TicketSchema } from './ticket.rules'
import { TypicalCaseSchema } from './typical-case.schema'

export const SURVEY_COLLECTIONS = [
  // One per visit and guardian (questionnaireId). The scheduler finds what is due by state and time.
  defineCollection('questionnaires', QuestionnaireSchema, {
    indexes: [{ fields: ['visitId'] }, { fields: ['userId', 'createdAt'] }],
    queries: [{ where: { visitId: 'eq' } }, { where: { userId: 'eq' }, orderBy: ['createdAt desc'] }],
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
