// Every collection, declared once (see defineCollection): the SQLite adapter, the cloud set-up,
// the sealing layer and the typed repositories all derive from this list.
import type { z } from 'zod'
import { defineCollection, type IndexSpec, type SealedSpec } from './collection'
import type { QuerySpec } from './query-shapes'
import { ConsentRecordSchema, InviteSchema } from './model/account.schema'
import { AuditEntrySchema } from './model/audit.schema'
import { AvailabilitySchema } from './model/availability.schema'
import { BindingSchema, FamilySchema, FamilySensitiveSchema, GuardianSchema, StudentSchema } from './model/family.schema'
import { InboxItemSchema, OutboxItemSchema } from './model/notification.schema'
import { ContactSchema, StaffSchema, UserSchema } from './model/people.schema'
import { ClassSchema, DistrictSchema, SchoolSchema } from './model/school.schema'
import { CounterSchema, CreditSchema, FileMetaSchema, LockSchema, MetaSchema, ReplaySchema } from './model/system.schema'
import { VisitSchema } from './model/visit.schema'
import { IMPORT_COLLECTIONS } from './roster-import/import.collections'
import { VISIT_WORK_COLLECTIONS } from './visit/visit-work.collections'
import { VIDEO_COLLECTIONS } from './video/video.collections'
import { SURVEY_COLLECTIONS } from './survey/survey.collections'
import { CORRECTION_COLLECTIONS } from './privacy/correction.schema'
import { REPORT_COLLECTIONS } from './reports/report.collections'
import { COVERAGE_COLLECTIONS } from './coverage/coverage.collections'

export type { IndexSpec } from './collection'
export type { QuerySpec } from './query-shapes'
// Raised with each data-model migration (src/core/migrations.rules.ts says what each version changed).
export const SCHEMA_VERSION = 3

// Each index serves a declared query (the query-plan test checks it): an index nothing asks for only
// makes every write slower. A school's whole roster is read page by page by the import (readAll).
const WHOLE_SCHOOL = { where: { schoolId: 'eq' }, orderBy: ['_id'] } as const

const DEFINITIONS = [
  defineCollection('meta', MetaSchema),
  defineCollection('districts', DistrictSchema),
  defineCollection('schools', SchoolSchema, {
    indexes: [{ fields: ['districtId'] }],
    queries: [{ where: { districtId: 'eq' } }, { where: { districtId: 'eq' }, orderBy: ['name'] }],
  }),
  defineCollection('classes', ClassSchema, {
    indexes: [{ fields: ['schoolId', 'grade'] }],
    queries: [{ where: { schoolId: 'eq' }, orderBy: ['grade', 'name'] }, WHOLE_SCHOOL],
  }),
  defineCollection('staff', StaffSchema, {
    indexes: [{ fields: ['schoolId', 'status'] }],
    queries: [
      { where: { schoolId: 'eq' }, orderBy: ['name'] },
      { where: { schoolId: 'eq', status: 'eq' } },
      WHOLE_SCHOOL,
      // A visit's safety contacts (active colleagues by name) and the school contact (its principal).
      { where: { schoolId: 'eq', status: 'eq' }, orderBy: ['name'] },
      { where: { schoolId: 'eq', status: 'eq', roles: 'has' } },
    ],
  }),
  defineCollection('users', UserSchema, {
    indexes: [{ fields: ['openid'] }],
    queries: [{ where: { openid: 'eq' } }],
  }),
  defineCollection('contacts', ContactSchema, {
    indexes: [{ fields: ['schoolId', 'phoneHash'] }],
    // A person found by phone within a school: the sealing layer turns `phone` into its lookup hash.
    queries: [{ where: { schoolId: 'eq', phoneHash: 'eq' } }, WHOLE_SCHOOL],
    sealed: { phone: { index: true } },
  }),
  defineCollection('families', FamilySchema, {
    indexes: [{ fields: ['schoolId', 'active', 'special', 'classId'] }, { fields: ['ownerId', 'active'] }],
    queries: [
      { where: { schoolId: 'eq' } },
      WHOLE_SCHOOL,
      // A teacher's worklist: the families they own.
      { where: { ownerId: 'eq', active: 'eq' } },
      { where: { ownerId: 'eq', active: 'eq' }, orderBy: ['_id'] },
      // The plan board: due families per class (count by classId), and one class's families.
      { where: { schoolId: 'eq', active: 'eq', special: 'eq' } },
      { where: { schoolId: 'eq', active: 'eq' } },
      { where: { schoolId: 'eq', active: 'eq', special: 'eq', classId: 'eq' } },
      { where: { schoolId: 'eq', active: 'eq', classId: 'eq' } },
      // A spot-check draw leaves out the families whose children have all left (not active), read whole.
      { where: { schoolId: 'eq', active: 'eq' }, orderBy: ['_id'] },
    ],
  }),
  ...COVERAGE_COLLECTIONS,
  defineCollection('family_sensitive', FamilySensitiveSchema, {
    indexes: [{ fields: ['schoolId'] }],
    queries: [WHOLE_SCHOOL],
    sealed: { categories: {}, address: {} },
  }),
  defineCollection('students', StudentSchema, {
    indexes: [
      { fields: ['schoolId', 'studentNo'], unique: true },
      // A class list now (leftAt null: leavers stay on file until erased) in student-number order
      // (ties by _id: the whole order from the index, no sort of whole documents), its head count, and
      // a child found by class and number (binding).
      { fields: ['classId', 'leftAt', 'studentNo', '_id'] },
      { fields: ['familyId'] },
      // Head counts now per class and per school answered from the index alone.
      { fields: ['schoolId', 'leftAt', 'classId'] },
      // Retention: leavers past their period.
      { fields: ['leftAt'] },
    ],
    queries: [
      // The roster now: `leftAt: null` (a leaver is kept on file, not listed or counted).
      { where: { classId: 'eq', leftAt: 'eq' }, orderBy: ['studentNo'] },
      { where: { classId: 'eq', leftAt: 'eq', studentNo: 'eq' } },
      { where: { schoolId: 'eq', leftAt: 'eq' } },
      { where: { schoolId: 'eq', studentNo: 'eq' } },
      { where: { familyId: 'eq' } },
      // A roster page's families: their children not on the page.
      { where: { familyId: 'eq', _id: 'ne' } },
      { where: { leftAt: 'range' } },
      WHOLE_SCHOOL,
    ],
  }),
  defineCollection('guardians', GuardianSchema, {
    // Guardians without a smartphone are counted per family from the index alone (roster rows).
    indexes: [{ fields: ['familyId', 'offline'] }, { fields: ['userId'] }, { fields: ['schoolId'] }],
    queries: [
      { where: { familyId: 'eq' } },
      { where: { familyId: 'eq' }, orderBy: ['_id'] },
      // Guardians without a smartphone, counted per family (roster rows).
      { where: { familyId: 'eq', offline: 'eq' } },
      { where: { userId: 'eq' } },
      { where: { schoolId: 'eq' } },
      WHOLE_SCHOOL,
    ],
  }),
  defineCollection('bindings', BindingSchema, {
    // Approved bindings are counted per child from the index alone (roster rows: who is on WeChat).
    indexes: [{ fields: ['userId', 'status'] }, { fields: ['classId', 'status'] }, { fields: ['studentId', 'status'] }],
    queries: [
      { where: { userId: 'eq' } },
      { where: { userId: 'eq', status: 'eq' } },
      { where: { userId: 'eq', studentId: 'eq', status: 'eq' } },
      { where: { studentId: 'eq', status: 'eq' } },
      // Retention: a leaver's bindings, whatever their state.
      { where: { studentId: 'eq' } },
      { where: { classId: 'eq', status: 'eq' }, orderBy: ['createdAt'] },
      { where: { status: 'eq' }, orderBy: ['_id'], scan: 'the demo sign-in page lists every parent, on the demo data only' },
    ],
  }),
  // When a guardian is usually free (id `av:<userId>`): read by id only, for the families a teacher proposes to.
  defineCollection('availability', AvailabilitySchema),
  defineCollection('visits', VisitSchema, {
    indexes: [
      { fields: ['teacherId', 'status', 'startAt'] },
      { fields: ['familyId', 'status'] },
      // The reminder job: agreed visits starting soon, across the district.
      { fields: ['status', 'startAt'] },
    ],
    queries: [
      { where: { teacherId: 'eq', status: 'eq', startAt: 'range' } },
      { where: { teacherId: 'eq', status: 'eq', startAt: 'range' }, orderBy: ['startAt'] },
      // The agenda's waiting list, sorted by the route unless longer than it shows.
      { where: { teacherId: 'eq', status: 'eq' } },
      { where: { teacherId: 'eq', status: 'eq' }, orderBy: ['updatedAt desc'] },
      { where: { familyId: 'eq' }, orderBy: ['updatedAt desc'] },
      { where: { familyId: 'eq', teacherId: 'eq', status: 'eq' } },
      { where: { status: 'eq', startAt: 'range' } },
      { where: { status: 'eq', startAt: 'range' }, orderBy: ['startAt'] },
    ],
  }),
  defineCollection('locks', LockSchema),
  ...VISIT_WORK_COLLECTIONS,
  ...VIDEO_COLLECTIONS,
  defineCollection('audit_log', AuditEntrySchema, {
    // The sensitive-read log (everything but imports) by time; a school's imports (imports.history) by time.
    indexes: [{ fields: ['schoolId', 'at'] }, { fields: ['schoolId', 'action', 'at'] }],
    queries: [
      { where: { schoolId: 'eq' }, orderBy: ['at desc'] },
      { where: { schoolId: 'eq', action: 'ne' } },
      { where: { schoolId: 'eq', action: 'ne' }, orderBy: ['at desc'] },
      { where: { schoolId: 'eq', action: 'eq' } },
      { where: { schoolId: 'eq', action: 'eq' }, orderBy: ['at desc'] },
    ],
    appendOnly: true,
  }),
  defineCollection('requests', ReplaySchema, { indexes: [{ fields: ['at'] }], queries: [{ where: { at: 'range' } }] }),
  defineCollection('invites', InviteSchema, {
    indexes: [{ fields: ['staffId', 'status'] }],
    queries: [{ where: { staffId: 'eq', status: 'eq' } }],
  }),
  defineCollection('consents', ConsentRecordSchema, { appendOnly: true }),
  // Uploaded rosters are purged once expired (cloud storage; the local server keeps files on disk).
  defineCollection('files', FileMetaSchema, { indexes: [{ fields: ['expiresAt'] }], queries: [{ where: { expiresAt: 'range' } }] }),
  defineCollection('outbox', OutboxItemSchema, {
    indexes: [{ fields: ['status', 'dueAt'] }, { fields: ['visitId'] }],
    queries: [
      { where: { status: 'eq', dueAt: 'range' }, orderBy: ['dueAt'] },
      { where: { status: 'eq', claimedAt: 'range' } },
      { where: { status: 'eq' } },
      { where: { visitId: 'eq', event: 'eq' } },
      { where: { visitId: 'eq', status: 'eq' } },
    ],
  }),
  defineCollection('inbox', InboxItemSchema, {
    indexes: [{ fields: ['userId', 'at'] }, { fields: ['userId', 'read'] }],
    queries: [{ where: { userId: 'eq' }, orderBy: ['at desc'] }, { where: { userId: 'eq', read: 'eq' } }],
  }),
  ...IMPORT_COLLECTIONS,
  defineCollection('credits', CreditSchema),
  defineCollection('counters', CounterSchema),
  ...SURVEY_COLLECTIONS,
  ...CORRECTION_COLLECTIONS,
  ...REPORT_COLLECTIONS,
] as const

type Definition = (typeof DEFINITIONS)[number]
export type CollectionName = Definition['name']
type DefinitionOf<C extends CollectionName> = Extract<Definition, { name: C }>

/** Each collection's document schema. */
export const SCHEMAS = Object.fromEntries(DEFINITIONS.map((d) => [d.name, d.schema])) as {
  [C in CollectionName]: DefinitionOf<C>['schema']
}
/** A stored document of collection C, as its schema reads it. */
export type DocOf<C extends CollectionName> = z.infer<(typeof SCHEMAS)[C]>

export const COLLECTIONS = Object.fromEntries(DEFINITIONS.map((d) => [d.name, { indexes: d.indexes, queries: d.queries }])) as {
  [C in CollectionName]: { indexes: readonly IndexSpec[]; queries: readonly QuerySpec[] }
}

export const SEALED_FIELDS: Partial<Record<CollectionName, Record<string, SealedSpec>>> = Object.fromEntries(
  DEFINITIONS.flatMap((d) => (d.sealed ? [[d.name, d.sealed]] : [])),
)

export const APPEND_ONLY: readonly CollectionName[] = DEFINITIONS.filter((d) => d.appendOnly).map((d) => d.name)

export const COLLECTION_NAMES = DEFINITIONS.map((d) => d.name) as CollectionName[]
