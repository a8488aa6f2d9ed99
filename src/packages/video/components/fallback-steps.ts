// The host's fallbacks as steps, apart from the panel so the order is tested: reveal the number
// (audited), open the dialer / Tencent Meeting, and only once it opened record how the visit was held.
import type { RoomView } from '../../../core/contract/video.contract'
import type { Result } from '../../../core/result'
import type { Fallback } from '../../../core/video/video.schema'
import type { Dial, DialOutcome } from '../../../client/dial.types'

export type FallbackDeps = {
  dial: Dial
  onRevealPhone: (guardianId: string) => Promise<Result<{ phone: string }>>
  onFallback: (via: Fallback) => Promise<Result<RoomView>>
}

/** What the panel shows after a tap: an error to show, or the room as recorded (null: nothing changed). */
export type FallbackOutcome = { error: string | null; room: RoomView | null }

const NOT_OPENED = '没能打开，请换一种方式，或稍后再试'

async function record(deps: FallbackDeps, via: Fallback, opened: DialOutcome): Promise<FallbackOutcome> {
  // A cancelled dial sheet is the user's choice: nothing to say, nothing recorded.
  if (opened === 'cancelled') return { error: null, room: null }
  if (opened === 'failed') return { error: NOT_OPENED, room: null }
  const saved = await deps.onFallback(via)
  return saved.ok ? { error: null, room: saved.data } : { error: saved.error.message, room: null }
}

export async function phoneFallback(deps: FallbackDeps, guardianId: string): Promise<FallbackOutcome> {
  const revealed = await deps.onRevealPhone(guardianId)
  if (!revealed.ok) return { error: revealed.error.message, room: null }
  return record(deps, 'phone', await deps.dial.call(revealed.data.phone))
}

export async function meetingFallback(deps: FallbackDeps, meetingNumber: string): Promise<FallbackOutcome> {
  return record(deps, 'meeting', await deps.dial.openMeeting(meetingNumber))
}
