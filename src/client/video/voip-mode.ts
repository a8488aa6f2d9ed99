// Which WeChat call a room uses, and whether this WeChat can hold it. Pure: both sides must choose
// the same way from the same room view, and the tests need no WeChat.
import type { RoomView } from '../../core/contract/video.contract'

export type VoipMode = '1v1' | 'multi'

/** Base library versions from WeChat's docs: join1v1Chat / setEnable1v1Chat, joinVoIPChat + <voip-room>. */
export const MIN_SDK: Record<VoipMode, string> = { '1v1': '2.20.1', multi: '2.11.0' }

/**
 * A group visit, or a room where more than two people have shown up (a co-visitor joining remotely,
 * two guardians in two cities), needs the multi-party room; otherwise the teacher rings the parent.
 */
export function voipModeOf(room: Pick<RoomView, 'group' | 'people'>): VoipMode {
  return room.group || room.people.length > 2 ? 'multi' : '1v1'
}

/** "2.20.1" ≥ "2.9.0"? Missing parts count as 0. */
export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number)
  const b = min.split('.').map(Number)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0)
    if (d !== 0) return d > 0
  }
  return true
}
