// The teacher home's line on parents' opinions: only head teachers (and leaders) own tickets.
import { HEAD_TEACHER, LEADERSHIP, hasAnyRole } from '@/core/roles'
import { ok } from '@/core/result'
import { surveysApi } from '@/client/calls/surveys'
import { loadMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { TicketsWaiting } from '@/client/ui/tickets-waiting'

async function load() {
  const me = await loadMe()
  if (!me.ok) return me
  return hasAnyRole(me.data.roles, [...HEAD_TEACHER, ...LEADERSHIP]) ? surveysApi.ticketsToAnswer({}) : ok(null)
}

export function ClassTickets() {
  const tickets = useApi(load)
  useReshow(tickets.reload)
  return <TicketsWaiting age={tickets.data?.age} />
}
