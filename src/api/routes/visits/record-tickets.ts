// A record's parent opinions become tickets for the head teacher or the school (the teacher's choice per
// opinion), in the record's own batch.
// Ids follow the opinion text: an amendment adds only the opinions that are new, and moves the open ticket
// of an opinion whose route it changed to the new owner.
import type { VisitRecordDoc } from '../../../core/model/record.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { moveTicket } from '../../../core/survey/ticket.rules'
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
  const known = new Map((await r.tickets.getMany(tickets.map((t) => t._id))).map((t) => [t._id, t]))
  return tickets.flatMap((t) => {
    const had = known.get(t._id)
    if (!had) return [writes.insert('tickets', t)]
    // An opinion sent elsewhere on an amendment: its open ticket follows (compare-and-set, in the record's batch).
    const move = moveTicket(had, t, now)
    return move ? [writes.update('tickets', had._id, move, had._v)] : []
  })
}
