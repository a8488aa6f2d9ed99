// Shapes shared by the roster-import rules: plain rows in, write operations and counts out.
import type { FamilySensitive, Guardian, Relation, SpecialCategory, Student } from '../model/family.schema'
import type { Contact, Staff } from '../model/people.schema'
import type { SchoolClass } from '../model/school.schema'
import type { Role } from '../roles'

/** One worksheet as read from the file: every cell already text; `row` is the Excel row number. */
export type RawSheet = { name: string; headers: string[]; rows: Array<{ row: number; values: string[] }> }

export type ImportError = { sheet: string; row: number; message: string }

export type ClassRef = { name: string; grade: number }
export type GuardianRow = { slot: number; name: string; relation: Relation; phone: string }

/** Where a row came from, for messages. */
export type RowAt = { sheet: string; row: number }

export type StudentRow = RowAt & {
  studentNo: string
  name: string
  gender: 'M' | 'F'
  birthMonth: string
  cls: ClassRef
  address: string | null
  categories: SpecialCategory[]
  difficultySubjects: string[]
  guardians: GuardianRow[]
}

export type StaffRole = Exclude<Role, 'parent' | 'district'>

export type StaffRow = RowAt & {
  name: string
  phone: string
  roles: StaffRole[]
  headClasses: string[]
  teachings: Array<{ className: string; subject: string }>
  menteeNos: string[]
}

/** What the file says. A null list means the file has no such sheet: that part of the roster is left alone. */
export type ParsedFile = {
  students: StudentRow[] | null
  staff: StaffRow[] | null
  /** The 家庭住址 column is present (a blank cell then clears the address). */
  hasAddress: boolean
}

/** The school's current roster, as read from the store. */
export type Existing = {
  classes: SchoolClass[]
  students: Student[]
  guardians: Guardian[]
  sensitive: FamilySensitive[]
  staff: Staff[]
  contacts: Contact[]
}

export type Counts = { add: number; update: number; unchanged: number }
export const ENTITY_KINDS = ['classes', 'students', 'guardians', 'families', 'staff'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]
export type ImportSummary = Record<EntityKind, Counts>

export type KnownRefsLike = { classNames: ReadonlySet<string>; studentNos: ReadonlySet<string> }
