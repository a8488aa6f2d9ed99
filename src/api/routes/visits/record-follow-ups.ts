// A record's plan follow-ups, stored one document each so the author's home lists them by due date.
import { followUpId, type VisitRecordDoc } from '../../../core/model/record.schema'
import type { WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import type { VisitRecord } from '../../../core/visit/record.rules'
import { followUpsOf } from '../../../core/visit/record.time'

type Owner = Pick<VisitRecordDoc, 'visitId' | 'schoolId' | 'familyId' | 'authorId'>

/** Writes that make the stored follow-ups match the record (an amendment updates, adds or removes). */
export function followUpOps(doc: Owner, record: VisitRecord, previous?: VisitRecord): WriteOp[] {
  const next = followUpsOf(record)
  const before = previous ? followUpsOf(previous).length : 0
  const ops: WriteOp[] = next.map((f, i) =>
    i < before
      ? writes.update('follow_ups', followUpId(doc.visitId, i), { dueDate: f.date, text: f.text })
      : writes.insert('follow_ups', {
          _id: followUpId(doc.visitId, i),
          schoolId: doc.schoolId,
          familyId: doc.familyId,
          ownerId: doc.authorId,
          visitId: doc.visitId,
          dueDate: f.date,
          text: f.text,
          done: false,
          closedWhy: null,
        }),
  )
  for (let i = next.length; i < before; i++) ops.push(writes.remove('follow_ups', followUpId(doc.visitId, i)))
  return ops
}
