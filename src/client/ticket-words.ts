// The line that shows how long parents' opinions have waited: the teacher home and the leader's board.
import type { TicketAge } from '../core/contract/surveys-tickets.contract'

export function ticketAgeLine(age: TicketAge): string {
  const oldest = age.oldestDays ? `，最久已等待${age.oldestDays}天` : '，今天提交'
  return `家长意见待回复${age.open}条${oldest}`
}
