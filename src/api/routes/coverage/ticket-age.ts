// The board's line on parents' opinions: open tickets of the school (class and school alike) and how
// long the oldest has waited. One indexed count and one indexed read of a single ticket.
import type { TicketAge } from '../../../core/contract/surveys-tickets.contract'
import type { DocStore } from '../../../core/ports/doc-store'
import { waitingDays } from '../../../core/survey/ticket.rules'
import { repos } from '../../repos'

export async function openTicketAge(store: DocStore, schoolId: string, now: Date): Promise<TicketAge> {
  const where = { schoolId, state: 'open' }
  const [open, [oldest]] = await Promise.all([
    store.count('tickets', where),
    repos(store).tickets.find({ where, orderBy: [['createdAt', 'asc']], limit: 1 }),
  ])
  return { open, oldestDays: oldest ? waitingDays(oldest, now) : null }
}
