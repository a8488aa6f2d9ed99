import type { DocStore } from '../../src/core/ports/doc-store'
import { demo } from './demo'

/** A colleague of the demo school who has not joined yet, as a roster import would add them. */
export async function addUnjoinedColleague(store: DocStore, staffId: string, name: string) {
  await store.insert('staff', {
    _id: staffId,
    schoolId: demo.schoolId,
    name,
    roles: ['subject_teacher'],
    headClassIds: [],
    teachings: [],
    status: 'active',
    userId: null,
  })
}
