// Rows on the owner's home and the leader's board: parents' opinions still unanswered (with how long the
// oldest has waited; no row when none waits), and the typical-case library.
import Taro from '@tarojs/taro'
import type { TicketAge } from '@/core/contract/surveys-tickets.contract'
import { ticketAgeLine } from '@/client/ticket-words'
import { pagePath } from '@/client/routes'
import { Cells, type CellItem } from './cells'

const openTickets = () => void Taro.navigateTo({ url: pagePath('teacherTickets') })
const openCases = () => void Taro.navigateTo({ url: pagePath('typicalCases') })

export function TicketsWaiting({ age, note }: { age: TicketAge | null | undefined; note?: string }) {
  const items: CellItem[] = age?.open ? [{ key: 'tickets', title: ticketAgeLine(age), note: note ?? null, onClick: openTickets }] : []
  items.push({ key: 'cases', title: '典型案例', note: '学校发布的家访案例，已去除个人信息', onClick: openCases })
  return <Cells items={items} />
}
