// Every collection and its indexes, declared once: the SQLite adapter and the cloud set-up read this.
export const SCHEMA_VERSION = 1

export type IndexSpec = { fields: string[]; unique?: boolean }
export type CollectionSpec = { indexes: IndexSpec[] }

export const COLLECTIONS = {
  meta: { indexes: [] },
  districts: { indexes: [] },
  schools: { indexes: [{ fields: ['districtId'] }] },
  classes: { indexes: [{ fields: ['schoolId', 'grade'] }] },
  staff: { indexes: [{ fields: ['schoolId', 'status'] }, { fields: ['userId'] }] },
  users: { indexes: [{ fields: ['openid'] }, { fields: ['staffId'] }] },
  contacts: { indexes: [{ fields: ['schoolId', 'ownerType'] }, { fields: ['schoolId', 'phoneHash'] }] },
  families: { indexes: [{ fields: ['schoolId'] }] },
  family_sensitive: { indexes: [{ fields: ['schoolId'] }] },
  students: {
    indexes: [{ fields: ['schoolId', 'studentNo'], unique: true }, { fields: ['classId', 'name'] }, { fields: ['familyId'] }],
  },
  guardians: { indexes: [{ fields: ['familyId'] }, { fields: ['userId'] }] },
  bindings: {
    indexes: [{ fields: ['userId', 'status'] }, { fields: ['classId', 'status'] }, { fields: ['studentId'] }],
  },
  visits: {
    indexes: [
      { fields: ['schoolId', 'periodId', 'status'] },
      { fields: ['teacherId', 'startAt'] },
      { fields: ['familyId', 'periodId'] },
      { fields: ['teacherId', 'status', 'startAt'] },
      { fields: ['familyId', 'status'] },
    ],
  },
  locks: { indexes: [] },
  surveys: { indexes: [{ fields: ['schoolId', 'submittedAt'] }, { fields: ['visitId'] }] },
  opinions: { indexes: [{ fields: ['schoolId', 'status'] }] },
  audit_log: { indexes: [{ fields: ['schoolId', 'at'] }, { fields: ['actorUserId', 'at'] }] },
  requests: { indexes: [{ fields: ['at'] }] },
  invites: { indexes: [{ fields: ['schoolId', 'kind'] }, { fields: ['staffId', 'status'] }] },
  consents: { indexes: [{ fields: ['userId', 'at'] }, { fields: ['studentId', 'kind'] }] },
  files: { indexes: [] },
  outbox: { indexes: [{ fields: ['status', 'dueAt'] }, { fields: ['visitId'] }] },
  inbox: { indexes: [{ fields: ['userId', 'at'] }, { fields: ['userId', 'read'] }] },
  credits: { indexes: [] },
  counters: { indexes: [] },
} as const satisfies Record<string, CollectionSpec>

/**
 * Fields encrypted at rest (AES-256-GCM) by the sealing layer over every adapter. `index: true`
 * adds a keyed hash `<field>Hash` so equality lookups work without decrypting (e.g. phone).
 */
export const SEALED_FIELDS: Partial<Record<keyof typeof COLLECTIONS, Record<string, { index?: boolean }>>> = {
  family_sensitive: { categories: {}, address: {} },
  contacts: { phone: { index: true } },
}

/** Append-only collections: no adapter call may update or remove their documents. */
export const APPEND_ONLY = ['audit_log', 'consents'] as const

export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
