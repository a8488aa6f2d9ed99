// One row on the owner's home and the leader's board: parents' opinions still unanswered, and how long
// the oldest has waited. Nothing when none waits.
import Taro from '@tarojs/taro'
import type { TicketAge } from '@/core/contract/surveys-tickets.contract'
import { ticketAgeLine } from '@/client/ticket-words'
import { pagePath } from '@/client/routes'
import { Cells } from './cells'

export function TicketsWaiting({ age, note }: { age: TicketAge | null | undefined; note?: string }) {
  if (!age?.open) return null
  const open = () => void Taro.navigateTo({ url: pagePath('teacherTickets') })
  return <Cells items={[{ key: 'tickets', title: ticketAgeLine(age), note: note ?? null, onClick: open }]} />
}
