// What a ticket shows to its parent and to its owner; the owner's count of what waits.
import type { TicketAge, TicketView } from '../../../../core/contract/surveys-tickets.contract'
import { ageLabel, TICKET_ROUTE_LABELS, waitingDays, type Ticket } from '../../../../core/survey/ticket.rules'

/** `about` names the child for the owner; the parent gets it empty (they know their child). */
export const ticketView = (t: Ticket, now: Date, about = ''): TicketView => ({
  ticketId: t._id,
  source: t.source,
  route: t.route,
  routeLabel: TICKET_ROUTE_LABELS[t.route],
  text: t.text,
  createdAt: t.createdAt,
  state: t.state,
  ageLabel: ageLabel(t, now),
  answer: t.answer && { text: t.answer.text, at: t.answer.at },
  about,
  movedFrom: t.moves?.length ? TICKET_ROUTE_LABELS[t.moves.at(-1)!.route] : null,
})

/** Open tickets counted, and the days the oldest (first given) has waited. */
export const ticketAge = (open: number, oldest: Ticket | undefined, now: Date): TicketAge => ({
  open,
  oldestDays: oldest ? waitingDays(oldest, now) : null,
})
