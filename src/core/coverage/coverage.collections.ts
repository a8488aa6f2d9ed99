// Coverage's collections, spread into the one declaration in src/core/collections.ts.
// Each index serves a declared query (the query-plan test checks it).
import { defineCollection } from '../collection'
import { FamilyClaimSchema } from '../model/system.schema'
import { MemberRepairSchema } from './member-repairs'
import { SpecialMembersSchema } from './special-members'

export const COVERAGE_COLLECTIONS = [
  // One claim per family per period (the id is the lock); what coverage counts per state and class.
  defineCollection('claims', FamilyClaimSchema, {
    // A period's claims per state, counted per class (board), teacher (dashboard), format (held visits)
    // and family (by category) from this one index's entries: one index page per write where four
    // indexes with the same head cost four (every propose and answer writes a claim).
    indexes: [{ fields: ['schoolId', 'periodId', 'state', 'classId', 'teacherId', 'format', 'familyId'] }, { fields: ['teacherId', 'periodId'] }],
    queries: [
      { where: { schoolId: 'eq', periodId: 'eq' } },
      { where: { schoolId: 'eq', periodId: 'eq', state: 'eq' } },
      // The period's completed visits a spot-check draws from (read whole, in pages).
      { where: { schoolId: 'eq', periodId: 'eq', state: 'eq' }, orderBy: ['_id'] },
      { where: { schoolId: 'eq', periodId: 'eq', state: 'eq', startAt: 'range' } },
      // Agreed visits outside their period once the district changes its calendar (re-filed).
      { where: { schoolId: 'eq', periodId: 'eq', startAt: 'range' } },
      { where: { schoolId: 'eq', periodId: 'eq', state: 'eq', classId: 'eq' } },
      { where: { schoolId: 'eq', periodId: 'eq', classId: 'eq' } },
      { where: { teacherId: 'eq', periodId: 'eq' } },
    ],
  }),
  // Per school (id = schoolId): category → its active special families, kept by the coverage refresh.
  // Read by id only; sealed, as the categories it is built from.
  defineCollection('special_members', SpecialMembersSchema, { sealed: { members: {} } }),
  // Families whose entry there is to be written again (see member-repairs.ts): the scheduler takes
  // those left for over a minute, oldest first. Ids only; a marker lives a moment unless a request failed.
  defineCollection('member_repairs', MemberRepairSchema, {
    indexes: [{ fields: ['at'] }],
    queries: [{ where: { at: 'range' }, orderBy: ['at'] }],
  }),
] as const
