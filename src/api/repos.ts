// Typed read access per collection, for routes.
import { ConsentRecordSchema, InviteSchema } from '../core/model/account.schema'
import { BindingSchema, FamilySensitiveSchema, GuardianSchema, StudentSchema } from '../core/model/family.schema'
import { ContactSchema, StaffSchema, UserSchema } from '../core/model/people.schema'
import { ClassSchema, DistrictSchema, SchoolSchema } from '../core/model/school.schema'
import { AuditEntrySchema, VisitSchema } from '../core/model/visit.schema'
import type { DocStore } from '../core/ports/doc-store'
import { typedRepo } from '../core/ports/typed-repo'

export function repos(store: DocStore) {
  return {
    users: typedRepo(store, 'users', UserSchema),
    staff: typedRepo(store, 'staff', StaffSchema),
    districts: typedRepo(store, 'districts', DistrictSchema),
    schools: typedRepo(store, 'schools', SchoolSchema),
    classes: typedRepo(store, 'classes', ClassSchema),
    students: typedRepo(store, 'students', StudentSchema),
    guardians: typedRepo(store, 'guardians', GuardianSchema),
    contacts: typedRepo(store, 'contacts', ContactSchema),
    sensitive: typedRepo(store, 'family_sensitive', FamilySensitiveSchema),
    bindings: typedRepo(store, 'bindings', BindingSchema),
    invites: typedRepo(store, 'invites', InviteSchema),
    consents: typedRepo(store, 'consents', ConsentRecordSchema),
    visits: typedRepo(store, 'visits', VisitSchema),
    audit: typedRepo(store, 'audit_log', AuditEntrySchema),
  }
}

/** Contact documents are keyed by their owner: `ct-<staffId>` / `ct-<guardianId>`. */
export const contactId = (ownerId: string) => `ct-${ownerId}`
