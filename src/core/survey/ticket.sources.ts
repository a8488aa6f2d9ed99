// Where tickets come from: the opinions a teacher wrote down in a record, and a parent's suggestion.
// Ids are deterministic, so an amended record adds only opinions it did not have and a retried
// suggestion is the same ticket.
import { toIso } from '../time'
import { recordTicketId, suggestTicketId } from './typical-case.schema'
import { routeTicket, type Ticket, type TicketRoute } from './ticket.rules'

type ClassOwner = { classId: string; headTeacherId: string | null } | null
type RecordFacts = {
  visitId: string
  schoolId: string
  familyId: string
  opinions: readonly string[]
  /** The teacher's choice per opinion (same index); missing means the class. */
  opinionRoutes?: readonly TicketRoute[]
}

/**
 * One ticket per opinion, routed where the teacher chose: the class's head teacher by default (and for
 * records written before the choice existed), the school when asked for or when the class has no head teacher.
 */
export function ticketsFromRecord(r: RecordFacts, cls: ClassOwner, now: Date): Omit<Ticket, '_v'>[] {
  const seen = new Set<string>()
  const out: Omit<Ticket, '_v'>[] = []
  r.opinions.forEach((opinion, i) => {
    const text = opinion.trim()
    const _id = recordTicketId(r.visitId, text)
    if (!text || seen.has(_id)) return
    seen.add(_id)
    const base = { schoolId: r.schoolId, familyId: r.familyId, parentUserId: null, source: 'record' as const, text }
    out.push(newTicket(_id, base, routeTicket(r.opinionRoutes?.[i] ?? 'class', cls), now))
  })
  return out
}

type Suggestion = { userId: string; requestId: string; schoolId: string; familyId: string; to: TicketRoute; text: string }

export function ticketFromSuggestion(s: Suggestion, cls: ClassOwner, now: Date): Omit<Ticket, '_v'> {
  const base = { schoolId: s.schoolId, familyId: s.familyId, parentUserId: s.userId, source: 'suggestion' as const, text: s.text.trim() }
  return newTicket(suggestTicketId(s.userId, s.requestId), base, routeTicket(s.to, cls), now)
}

type Base = Pick<Ticket, 'schoolId' | 'familyId' | 'parentUserId' | 'source' | 'text'>

const newTicket = (_id: string, base: Base, routing: ReturnType<typeof routeTicket>, now: Date): Omit<Ticket, '_v'> => ({
  _id,
  ...base,
  ...routing,
  createdAt: toIso(now),
  state: 'open',
  answer: null,
})
