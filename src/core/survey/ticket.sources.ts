// Where tickets come from: the opinions a teacher wrote down in a record, and a parent's suggestion.
// Ids are deterministic, so an amended record adds only opinions it did not have and a retried
// suggestion is the same ticket.
import { toIso } from '../time'
import { recordTicketId, suggestTicketId } from './typical-case.schema'
import { routeTicket, type Ticket, type TicketRoute } from './ticket.rules'

type ClassOwner = { classId: string; headTeacherId: string | null } | null
type RecordFacts = { visitId: string; schoolId: string; familyId: string; opinions: readonly string[] }

/**
 * One ticket per opinion, routed to the class's head teacher: the record keeps opinions as plain texts
 * the parent said to the visiting teacher, so the class answers first (the school when it has no head teacher).
 */
export function ticketsFromRecord(r: RecordFacts, cls: ClassOwner, now: Date): Omit<Ticket, '_v'>[] {
  const seen = new Set<string>()
  const out: Omit<Ticket, '_v'>[] = []
  for (const text of r.opinions.map((o) => o.trim()).filter(Boolean)) {
    const _id = recordTicketId(r.visitId, text)
    if (seen.has(_id)) continue
    seen.add(_id)
    out.push(
      newTicket(
        _id,
        { schoolId: r.schoolId, familyId: r.familyId, parentUserId: null, source: 'record', text },
        routeTicket('class', cls),
        now,
      ),
    )
  }
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
