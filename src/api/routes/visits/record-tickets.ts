// A record's parent opinions become tickets for the head teacher or the school (the teacher's choice per
// opinion), in the record's own batch.
// Ids follow the opinion text: an amendment adds only the opinions that are new.
import type { VisitRecordDoc } from '../../../core/model/record.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { ticketsFromRecord } from '../../../core/survey/ticket.sources'
import type { VisitRecord } from '../../../core/visit/record.rules'
import { repos } from '../../repos'

type Doc = Pick<VisitRecordDoc, 'visitId' | 'schoolId' | 'familyId'>

export async function ticketOpsFor(store: DocStore, doc: Doc, record: VisitRecord, now: Date): Promise<WriteOp[]> {
  if (!record.opinions.length) return []
  const r = repos(store)
  const family = await r.families.get(doc.familyId)
  const cls = family?.classId ? await r.classes.get(family.classId) : null
  const tickets = ticketsFromRecord(
    { ...doc, opinions: record.opinions, opinionRoutes: record.opinionRoutes },
    cls && { classId: cls._id, headTeacherId: cls.headTeacherId },
    now,
  )
  const known = new Set((await r.tickets.getMany(tickets.map((t) => t._id))).map((t) => t._id))
  return tickets.filter((t) => !known.has(t._id)).map((t) => writes.insert('tickets', t))
}
