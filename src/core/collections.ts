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
  contacts: { indexes: [{ fields: ['schoolId', 'ownerType'] }] },
  families: { indexes: [{ fields: ['schoolId'] }] },
  family_sensitive: { indexes: [{ fields: ['schoolId'] }] },
  students: {
    indexes: [
      { fields: ['schoolId', 'studentNo'], unique: true },
      { fields: ['classId', 'name'] },
      { fields: ['familyId'] },
    ],
  },
  guardians: { indexes: [{ fields: ['familyId'] }, { fields: ['userId'] }] },
  bindings: {
    indexes: [
      { fields: ['userId', 'status'] },
      { fields: ['classId', 'status'] },
      { fields: ['studentId'] },
    ],
  },
  visits: {
    indexes: [
      { fields: ['schoolId', 'periodId', 'status'] },
      { fields: ['teacherId', 'startAt'] },
      { fields: ['familyId', 'periodId'] },
    ],
  },
  locks: { indexes: [] },
  surveys: { indexes: [{ fields: ['schoolId', 'submittedAt'] }, { fields: ['visitId'] }] },
  opinions: { indexes: [{ fields: ['schoolId', 'status'] }] },
  audit_log: { indexes: [{ fields: ['schoolId', 'at'] }, { fields: ['actorUserId', 'at'] }] },
  requests: { indexes: [] },
} as const satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
