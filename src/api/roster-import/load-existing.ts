// The school's whole roster, every document validated on the way out (see readAll).
import { FamilySensitiveSchema, GuardianSchema, StudentSchema } from '../../core/model/family.schema'
import { ContactSchema, StaffSchema } from '../../core/model/people.schema'
import { ClassSchema } from '../../core/model/school.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { readAll } from '../../core/ports/typed-repo'
import type { Existing } from '../../core/roster-import'

export async function loadExisting(store: DocStore, schoolId: string): Promise<Existing> {
  const where = { schoolId }
  const [classes, students, guardians, sensitive, staff, contacts] = await Promise.all([
    readAll(store, 'classes', ClassSchema, where),
    readAll(store, 'students', StudentSchema, where),
    readAll(store, 'guardians', GuardianSchema, where),
    readAll(store, 'family_sensitive', FamilySensitiveSchema, where),
    readAll(store, 'staff', StaffSchema, where),
    readAll(store, 'contacts', ContactSchema, where),
  ])
  return { classes, students, guardians, sensitive, staff, contacts }
}
