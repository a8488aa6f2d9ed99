// Every collection, declared once (see defineCollection): the SQLite adapter, the cloud set-up,
// the sealing layer and the typed repositories all derive from this list.
import type { z } from 'zod'
import { defineCollection, type IndexSpec, type SealedSpec } from './collection'
import { ConsentRecordSchema, InviteSchema } from './model/account.schema'
import { AuditEntrySchema } from './model/audit.schema'
import { BindingSchema, FamilySchema, FamilySensitiveSchema, GuardianSchema, StudentSchema } from './model/family.schema'
import { InboxItemSchema, OutboxItemSchema } from './model/notification.schema'
import { ContactSchema, StaffSchema, UserSchema } from './model/people.schema'
import { ClassSchema, DistrictSchema, SchoolSchema } from './model/school.schema'
import { CounterSchema, CreditSchema, FileMetaSchema, LockSchema, MetaSchema, ReplaySchema } from './model/system.schema'
import { VisitSchema } from './model/visit.schema'

export type { IndexSpec } from './collection'
export const SCHEMA_VERSION = 1

const DEFINITIONS = [
  defineCollection('meta', MetaSchema),
  defineCollection('districts', DistrictSchema),
  defineCollection('schools', SchoolSchema, { indexes: [{ fields: ['districtId'] }] }),
  defineCollection('classes', ClassSchema, { indexes: [{ fields: ['schoolId', 'grade'] }] }),
  defineCollection('staff', StaffSchema, { indexes: [{ fields: ['schoolId', 'status'] }, { fields: ['userId'] }] }),
  defineCollection('users', UserSchema, { indexes: [{ fields: ['openid'] }, { fields: ['staffId'] }] }),
  defineCollection('contacts', ContactSchema, {
    indexes: [{ fields: ['schoolId', 'ownerType'] }, { fields: ['schoolId', 'phoneHash'] }],
    sealed: { phone: { index: true } },
  }),
  defineCollection('families', FamilySchema, { indexes: [{ fields: ['schoolId'] }] }),
  defineCollection('family_sensitive', FamilySensitiveSchema, {
    indexes: [{ fields: ['schoolId'] }],
    sealed: { categories: {}, address: {} },
  }),
  defineCollection('students', StudentSchema, {
    indexes: [{ fields: ['schoolId', 'studentNo'], unique: true }, { fields: ['classId', 'name'] }, { fields: ['familyId'] }],
  }),
  defineCollection('guardians', GuardianSchema, { indexes: [{ fields: ['familyId'] }, { fields: ['userId'] }] }),
  defineCollection('bindings', BindingSchema, {
    indexes: [{ fields: ['userId', 'status'] }, { fields: ['classId', 'status'] }, { fields: ['studentId'] }],
  }),
  defineCollection('visits', VisitSchema, {
    indexes: [
      { fields: ['schoolId', 'periodId', 'status'] },
      { fields: ['teacherId', 'startAt'] },
      { fields: ['familyId', 'periodId'] },
      { fields: ['teacherId', 'status', 'startAt'] },
      { fields: ['familyId', 'status'] },
      { fields: ['status', 'startAt'] },
    ],
  }),
  defineCollection('locks', LockSchema),
  defineCollection('audit_log', AuditEntrySchema, {
    indexes: [{ fields: ['schoolId', 'at'] }, { fields: ['actorUserId', 'at'] }],
    appendOnly: true,
  }),
  defineCollection('requests', ReplaySchema, { indexes: [{ fields: ['at'] }] }),
  defineCollection('invites', InviteSchema, { indexes: [{ fields: ['schoolId', 'kind'] }, { fields: ['staffId', 'status'] }] }),
  defineCollection('consents', ConsentRecordSchema, {
    indexes: [{ fields: ['userId', 'at'] }, { fields: ['studentId', 'kind'] }],
    appendOnly: true,
  }),
  defineCollection('files', FileMetaSchema),
  defineCollection('outbox', OutboxItemSchema, { indexes: [{ fields: ['status', 'dueAt'] }, { fields: ['visitId'] }] }),
  defineCollection('inbox', InboxItemSchema, { indexes: [{ fields: ['userId', 'at'] }, { fields: ['userId', 'read'] }] }),
  defineCollection('credits', CreditSchema),
  defineCollection('counters', CounterSchema),
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

export const COLLECTIONS = Object.fromEntries(DEFINITIONS.map((d) => [d.name, { indexes: d.indexes }])) as {
  [C in CollectionName]: { indexes: readonly IndexSpec[] }
}

export const SEALED_FIELDS: Partial<Record<CollectionName, Record<string, SealedSpec>>> = Object.fromEntries(
  DEFINITIONS.flatMap((d) => (d.sealed ? [[d.name, d.sealed]] : [])),
)

export const APPEND_ONLY: readonly CollectionName[] = DEFINITIONS.filter((d) => d.appendOnly).map((d) => d.name)

export const COLLECTION_NAMES = DEFINITIONS.map((d) => d.name) as CollectionName[]
