// 家长意见: the head teacher answers the class's opinions, the leadership the school's; oldest first.
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { TicketCard } from '../../components/ticket-card'

export default function TeacherTicketsPage() {
  const loaded = useApi(() => surveysApi.ticketsToAnswer({}))
  useReshow(loaded.reload)
  return (
    <Screen title="家长意见" large>
      <Loaded
        state={loaded}
        isEmpty={(d) => d.tickets.length === 0}
        empty={<EmptyState title="家长的意见都已回复" hint="家长提的建议和家访时记下的意见会出现在这里" />}
      >
        {(d) => d.tickets.map((t) => <TicketCard key={t.ticketId} ticket={t} />)}
      </Loaded>
    </Screen>
  )
}
