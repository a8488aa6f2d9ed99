// WeChat VoIP: the call this page is in, and WeChat's events about it (members, their video,
// interruptions) turned into VideoEvents. video.weapp.ts starts and ends calls with it.
import Taro from '@tarojs/taro'
import type { RoomView } from '../../core/contract/video.contract'
import { wechatFailure } from '../../core/video/voip-errors'
import type { VideoEvent, VideoFailure } from './video.types'
import { voipModeOf, type VoipMode } from './voip-mode'
import type { VoipPeers } from './voip-peers'

export type Session = {
  room: RoomView
  mode: VoipMode
  onEvent: ((e: VideoEvent) => void) | null
  members: Set<string>
  peers: VoipPeers | null
  live: boolean
  /** Someone else was in the call: their leaving a 1v1 ends it. */
  seenOthers: boolean
  /** setEnable1v1Chat refused while waiting: reported on join. */
  waitFailure: VideoFailure | null
  /** Members whose camera is off (WeChat's video members list), told to the page as audio-only. */
  noVideo: Set<string>
}

/** The one call this page is in, and the user's choices that outlive it. */
export const voip: { session: Session | null; audioOnly: boolean; muted: boolean } = { session: null, audioOnly: false, muted: false }

export const toFailure = (f: { code: string; message: string }): VideoFailure => ({ code: f.code, message: f.message })
export const errCodeOf = (e: unknown) => (e as { errCode?: unknown } | null)?.errCode
export const emit = (e: VideoEvent) => voip.session?.onEvent?.(e)
// Only the host learns openids (voipPeers); a parent's page counts itself among the members.
export const selfId = () => voip.session?.peers?.caller?.openid ?? null
const labelOf = (openid: string) => voip.session?.peers?.listeners.find((p) => p.openid === openid)?.nickname ?? '通话中的人'

export function onMembers(res: { openIdList?: string[] }) {
  const s = voip.session
  if (!s) return
  const now = new Set(res.openIdList ?? [])
  for (const id of now) {
    if (s.members.has(id) || id === selfId()) continue
    emit({ kind: 'peer', peerId: id, label: labelOf(id), present: true })
    emit({ kind: 'stream', peerId: id, stream: { openId: id, self: false } })
  }
  for (const id of s.members) if (!now.has(id) && id !== selfId()) emit({ kind: 'peer', peerId: id, label: labelOf(id), present: false })
  s.members = now
  if (s.mode === 'multi') subscribeVideo(s)
  // Without our own openid (a parent), the list still counts us once.
  const self = selfId()
  const others = self ? [...now].filter((id) => id !== self).length : Math.max(0, now.size - 1)
  // The parent answered WeChat's ringing screen: for them the call starts now.
  if (others > 0 && !s.seenOthers && s.mode === '1v1' && s.room.side === 'guest') emit({ kind: 'joined' })
  if (others > 0) s.seenOthers = true
  if (s.mode === '1v1' && s.seenOthers && others === 0 && now.size > 0) {
    stopListening()
    emit({ kind: 'left' })
  }
}

/** With more than two members WeChat shows only the first two's video unless we subscribe to the rest. */
export function subscribeVideo(s: Session) {
  if (typeof Taro.subscribeVoIPVideoMembers !== 'function') return
  const others = [...s.members].filter((id) => id !== selfId())
  // 只用声音: receive no one's video (the weak network's relief); sound goes on.
  void Taro.subscribeVoIPVideoMembers({ openIdList: voip.audioOnly ? [] : others }).catch(() => undefined)
}

function onVideoMembers(res: { openIdList?: string[] }) {
  const s = voip.session
  if (!s) return
  const withVideo = new Set(res.openIdList ?? [])
  for (const id of s.members) {
    if (id === selfId() || withVideo.has(id) === !s.noVideo.has(id)) continue
    if (withVideo.has(id)) s.noVideo.delete(id)
    else s.noVideo.add(id)
    emit({ kind: 'audio-only', peerId: id, audioOnly: !withVideo.has(id) })
  }
}

function onInterrupted(res: { errCode?: number }) {
  if (!voip.session?.live && !voip.session?.seenOthers) return
  stopListening()
  emit({ kind: 'failed', failure: toFailure(wechatFailure(res.errCode, true)) })
}

export function listen() {
  Taro.onVoIPChatMembersChanged(onMembers)
  Taro.onVoIPChatInterrupted(onInterrupted)
  if (typeof Taro.onVoIPVideoMembersChanged === 'function') Taro.onVoIPVideoMembersChanged(onVideoMembers)
  if (voip.session) voip.session.live = true
}

export function stopListening() {
  // off* arrived in base library 2.9.0; older ones keep the listeners, which then find no live call.
  if (typeof Taro.offVoIPChatMembersChanged === 'function') Taro.offVoIPChatMembersChanged(onMembers)
  if (typeof Taro.offVoIPChatInterrupted === 'function') Taro.offVoIPChatInterrupted(onInterrupted)
  if (typeof Taro.offVoIPVideoMembersChanged === 'function') Taro.offVoIPVideoMembersChanged(onVideoMembers)
  const s = voip.session
  if (!s) return
  // This call is over for us: a rejoin starts from nobody seen (a parent's page keeps waitFailure).
  Object.assign(s, { live: false, seenOthers: false, members: new Set<string>(), noVideo: new Set<string>() })
}

export function fail(f: { code: string; message: string }) {
  stopListening()
  emit({ kind: 'failed', failure: toFailure(f) })
}

export const newSession = (room: RoomView): Session => ({
  room,
  mode: voipModeOf(room),
  onEvent: null,
  members: new Set(),
  peers: null,
  live: false,
  seenOthers: false,
  waitFailure: null,
  noVideo: new Set(),
})
