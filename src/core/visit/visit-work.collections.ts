// Co-visitors, and preparing, holding and recording a visit (issue 11): collections spread into the one declaration in
// src/core/collections.ts.
import { defineCollection } from '../collection'
import { CoVisitSchema, JoinRequestSchema } from '../model/join.schema'
import { PrepRequestSchema } from '../model/prep-request.schema'
import { FollowUpSchema, RecordDraftDocSchema, RecordVersionSchema, VisitRecordDocSchema } from '../model/record.schema'
import { VisitSessionSchema } from './hold.rules'
import { PrepSchema } from './prep.rules'

export const VISIT_WORK_COLLECTIONS = [
  // Co-visitors: the requests a visit's teacher answers on its page, and a co-visitor's agenda by agreed start.
  defineCollection('join_requests', JoinRequestSchema, {
    indexes: [{ fields: ['visitId', 'state'] }],
    queries: [{ where: { visitId: 'eq', state: 'eq' } }],
  }),
  defineCollection('co_visits', CoVisitSchema, {
    indexes: [{ fields: ['staffId', 'startAt'] }],
    queries: [{ where: { staffId: 'eq', startAt: 'range' }, orderBy: ['startAt'] }],
  }),
  // One prep pack per visit (`visit_preps/<visitId>`), read by id.
  defineCollection('visit_preps', PrepSchema),
  // The visit as held (`visit_sessions/<visitId>`); the safety job finds check-ins overdue for check-out.
  defineCollection('visit_sessions', VisitSessionSchema, {
    indexes: [{ fields: ['watching', 'expectedEndAt'] }],
    queries: [{ where: { watching: 'eq', expectedEndAt: 'range' }, orderBy: ['expectedEndAt'] }],
  }),
  // Colleagues' input to a pack: a visit's requests in its pack; a colleague's requests (newest first) and open count.
  defineCollection('prep_requests', PrepRequestSchema, {
    indexes: [{ fields: ['visitId'] }, { fields: ['staffId', 'at'] }, { fields: ['staffId', 'state'] }],
    queries: [{ where: { visitId: 'eq' } }, { where: { staffId: 'eq' }, orderBy: ['at desc'] }, { where: { staffId: 'eq', state: 'eq' } }],
  }),
  // Visit records by visit id; every submitted version; one server-side draft per visit.
  defineCollection('visit_records', VisitRecordDocSchema),
  defineCollection('record_versions', RecordVersionSchema, {
    indexes: [{ fields: ['visitId', 'n'] }],
    queries: [{ where: { visitId: 'eq' }, orderBy: ['n'] }],
  }),
  // Drafts nobody saved for a while go (src/core/retention.rules.ts).
  defineCollection('record_drafts', RecordDraftDocSchema, {
    indexes: [{ fields: ['updatedAt'] }],
    queries: [{ where: { updatedAt: 'range' } }],
  }),
  // A plan's dated follow-ups: the owner's open ones by due date (还需家访 and the teacher home); the open
  // ones of families whose children all left, closed when a roster import settles.
  defineCollection('follow_ups', FollowUpSchema, {
    indexes: [{ fields: ['ownerId', 'done', 'dueDate'] }, { fields: ['familyId', 'done'] }],
    queries: [{ where: { ownerId: 'eq', done: 'eq', dueDate: 'range' }, orderBy: ['dueDate'] }, { where: { familyId: 'eq', done: 'eq' } }],
  }),
] as const
