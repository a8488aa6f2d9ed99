// Data-model migrations: what each version changes in documents stored by the one before. A migration
// is a pure patch per document (null when the document is already right), so running it twice, or
// again after a crash, changes nothing more. The runner (src/api/migrate.ts) pages and records a cursor.
import type { z } from 'zod'
import type { CollectionName } from './collections'
import { FamilySchema, StudentSchema } from './model/family.schema'

type Stored = Record<string, unknown>
export type Migration = { to: number; name: string; coll: CollectionName; patch: (doc: Stored) => Record<string, unknown> | null }

/** The fields a schema fills in with `.default(...)` when they are absent, with their default values. */
export function defaultsOf(schema: z.ZodType, base: Stored): Record<string, unknown> {
  const parsed = schema.parse(base) as Stored
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => !(k in base)))
}

/** Sets the defaulted fields a document lacks, so the database's indexes and filters see them. */
export function backfill(defaults: Record<string, unknown>) {
  return (doc: Stored) => {
    const missing = Object.entries(defaults).filter(([k]) => !(k in doc))
    return missing.length ? Object.fromEntries(missing) : null
  }
}

const FAMILY_DEFAULTS = defaultsOf(FamilySchema, { _id: 'f', _v: 1, schoolId: 's' })
const STUDENT_DEFAULTS = defaultsOf(StudentSchema, {
  _id: 's',
  _v: 1,
  schoolId: 's',
  classId: 'c',
  familyId: 'f',
  studentNo: '1',
  name: '学生',
  gender: 'M',
  birthMonth: '2020-01',
  mentorIds: [],
  difficultySubjects: [],
})

export const MIGRATIONS: readonly Migration[] = [
  {
    // Families written by version 1 could lack the coverage fields: the app read them as defaults, but
    // the database's filters (`active = false`, `ownerId = …`) and their indexes did not see them.
    to: 2,
    name: '家庭的覆盖字段补齐默认值（active、special、classId、ownerId…）',
    coll: 'families',
    patch: backfill(FAMILY_DEFAULTS),
  },
  {
    // Students imported before version 3 had no `leftAt`: the roster now filters `leftAt: null`, which
    // SQLite answers for an absent field (json_extract is NULL) but the cloud database may not.
    to: 3,
    name: '学生补齐离校字段（leftAt 为空：在读）',
    coll: 'students',
    patch: backfill(STUDENT_DEFAULTS),
  },
]
