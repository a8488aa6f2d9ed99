// Who changed a visit since the caller last looked, in plain words. A grandparent whose answer came too
// late reads "孩子的另一位家长已确认了 12月11日 18:30", not "对方刚刚更新了安排".
import type { Side, ThreadEntry, Visit } from '../model/visit.schema'
import { formatLocal } from '../time'

export type Reader = { side: Side; userId: string }
type Seen = Pick<Visit, 'thread' | 'agreed'>

function who(entry: ThreadEntry, reader: Reader): string {
  if (entry.side === reader.side) return reader.side === 'parent' ? '孩子的另一位家长' : '另一位老师'
  return entry.side === 'teacher' ? `${entry.actorName}老师` : '家长'
}

function what(entry: ThreadEntry, visit: Seen): string {
  const when = visit.agreed ? ` ${formatLocal(visit.agreed.option.startAt, 'M月D日 HH:mm')}` : '时间'
  switch (entry.kind) {
    case 'accept':
      return `已确认了${when}`
    case 'phone_agreement':
      return `已和家长电话约好了${when}`
    case 'cancel':
      return '已取消了这次家访'
    case 'decline_home':
      return '刚刚说明了不方便入户'
    case 'propose':
      return '刚刚发起了家访'
    default:
      return '刚刚改了时间'
  }
}

/** The last change as the reader should hear it, or null when the reader made it (or there is none). */
export function lastChangeWords(visit: Seen, reader: Reader): string | null {
  const last = visit.thread.at(-1)
  if (!last || last.actorUserId === reader.userId) return null
  return `${who(last, reader)}${what(last, visit)}`
}

/** The answer to an action that came too late: who acted instead, and what to do now. */
export function staleMessage(visit: Seen, reader: Reader): string {
  return `${lastChangeWords(visit, reader) ?? '这次家访刚刚有了变化'}，请看最新安排`
}
