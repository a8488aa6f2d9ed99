// The school's whole roster, read page by page (the port caps a page at MAX_PAGE), every document
// validated on the way out. Pages are fetched in parallel after one count per collection.
import type { CollectionName } from '../../core/collections'
import { FamilySensitiveSchema, GuardianSchema, StudentSchema } from '../../core/model/family.schema'
import { ContactSchema, StaffSchema } from '../../core/model/people.schema'
import { ClassSchema } from '../../core/model/school.schema'
import { MAX_PAGE, type DocStore } from '../../core/ports/doc-store'
import { parseDoc } from '../../core/ports/typed-repo'
import type { Existing } from '../../core/roster-import'
import type { z } from 'zod'

async function readAll<S extends z.ZodType>(store: DocStore, coll: CollectionName, schema: S, schoolId: string): Promise<Array<z.infer<S>>> {
  const where = { schoolId }
  const total = await store.count(coll, where)
  const pages = Array.from({ length: Math.ceil(total / MAX_PAGE) }, (_, i) =>
    store.find(coll, { where, orderBy: [['_id', 'asc']], limit: MAX_PAGE, skip: i * MAX_PAGE }),
  )
  return (await Promise.all(pages)).flat().map((d) => parseDoc(coll, schema, d))
}

export async function loadExisting(store: DocStore, schoolId: string): Promise<Existing> {
  const [classes, students, guardians, sensitive, staff, contacts] = await Promise.all([
    readAll(store, 'classes', ClassSchema, schoolId),
    readAll(store, 'students', StudentSchema, schoolId),
    readAll(store, 'guardians', GuardianSchema, schoolId),
    readAll(store, 'family_sensitive', FamilySensitiveSchema, schoolId),
    readAll(store, 'staff', StaffSchema, schoolId),
    readAll(store, 'contacts', ContactSchema, schoolId),
  ])
  return { classes, students, guardians, sensitive, staff, contacts }
}
