// WeChat: the video port on WeChat's own VoIP. One parent: the teacher rings them with join1v1Chat
// (the parent's waiting page enabled being called). A group or more people: everyone joins the
// room's multi-party call (joinVoIPChat with the server's signature) and <voip-room> draws each
// member. WeChat's events become VideoEvents; its error codes become Chinese messages.
import Taro from '@tarojs/taro'
import type { RoomView } from '../../core/contract/video.contract'
import { describeFailure, wechatFailure } from '../../core/video/voip-errors'
import { videoApi } from '../calls/video'
import type { JoinOptions, VideoEvent, VideoFailure, VideoPort } from './video.types'
import { voipCapability, voipReadiness } from './voip-devices.weapp'
import { voipModeOf, type VoipMode } from './voip-mode'
import { loadVoipPeers, type VoipPeers } from './voip-peers'

type Session = {
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
}

let session: Session | null = null
let audioOnly = false
let muted = false

const toFailure = (f: { code: string; message: string }): VideoFailure => ({ code: f.code, message: f.message })
const errCodeOf = (e: unknown) => (e as { errCode?: unknown } | null)?.errCode
const emit = (e: VideoEvent) => session?.onEvent?.(e)
// Only the host learns openids (voipPeers); a parent's page counts itself among the members.
const selfId = () => session?.peers?.caller?.openid ?? null
const labelOf = (openid: string) => session?.peers?.listeners.find((p) => p.openid === openid)?.nickname ?? '通话中的人'

function onMembers(res: { openIdList?: string[] }) {
  const s = session
  if (!s) return
  const now = new Set(res.openIdList ?? [])
  for (const id of now) {
    if (s.members.has(id) || id === selfId()) continue
    emit({ kind: 'peer', peerId: id, label: labelOf(id), present: true })
    emit({ kind: 'stream', peerId: id, stream: { openId: id, self: false } })
  }
  for (const id of s.members) if (!now.has(id) && id !== selfId()) emit({ kind: 'peer', peerId: id, label: labelOf(id), present: false })
  s.members = now
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

function onInterrupted(res: { errCode?: number }) {
  if (!session?.live && !session?.seenOthers) return
  stopListening()
  emit({ kind: 'failed', failure: toFailure(wechatFailure(res.errCode, true)) })
}

function listen() {
  Taro.onVoIPChatMembersChanged(onMembers)
  Taro.onVoIPChatInterrupted(onInterrupted)
  if (session) session.live = true
}

function stopListening() {
  // off* arrived in base library 2.9.0; older ones keep the listeners, which then find no session.
  if (typeof Taro.offVoIPChatMembersChanged === 'function') Taro.offVoIPChatMembersChanged(onMembers)
  if (typeof Taro.offVoIPChatInterrupted === 'function') Taro.offVoIPChatInterrupted(onInterrupted)
  if (session) session.live = false
}

function fail(f: { code: string; message: string }) {
  stopListening()
  emit({ kind: 'failed', failure: toFailure(f) })
}

/** A refused server call: its own message, under the reason code we record. */
const serverFailure = (code: string, message: string) => ({ code, message: message || describeFailure(code).message })

/** Host of a 1v1: ring the parent who is on the waiting page. */
async function ring(s: Session) {
  const peers = await loadVoipPeers(s.room.visitId)
  if (!peers.ok) return fail(serverFailure('voip:no-sign', peers.error.code === 'API.UNKNOWN_ACTION' ? '' : peers.error.message))
  s.peers = peers.data
  const caller = peers.data.caller
  // Only a parent whose waiting page is open can be rung (it enabled being called).
  const listener = peers.data.listeners.find((p) => p.present)
  if (!caller) return fail(describeFailure('voip:no-sign'))
  if (!listener) return fail(describeFailure('voip:no-peer'))
  listen()
  try {
    await Taro.join1v1Chat({
      caller: { nickname: caller.nickname, openid: caller.openid },
      listener: { nickname: listener.nickname, openid: listener.openid },
      roomType: audioOnly ? 'voice' : 'video',
    })
    emit({ kind: 'joined' })
  } catch (e) {
    fail(wechatFailure(errCodeOf(e)))
  }
}

/** Everyone in a multi-party room: sign, join, draw each member. */
async function enterRoom(s: Session) {
  const sign = await videoApi.voipSign({ visitId: s.room.visitId })
  if (!sign.ok) return fail(serverFailure('voip:no-sign', sign.error.code === 'VIDEO.NO_VOIP' ? '' : sign.error.message))
  // The host's own openid tells its camera window apart; a parent may not ask (host only).
  const peers = s.room.side === 'host' ? await loadVoipPeers(s.room.visitId) : null
  s.peers = peers?.ok ? peers.data : null
  listen()
  try {
    const res = await Taro.joinVoIPChat({
      // Taro types roomType as the RoomType interface instead of its keys ('voice' | 'video').
      roomType: (audioOnly ? 'voice' : 'video') as unknown as Taro.joinVoIPChat.RoomType,
      groupId: sign.data.groupId,
      nonceStr: sign.data.nonceStr,
      timeStamp: sign.data.timeStamp,
      signature: sign.data.signature,
      muteConfig: { muteMicrophone: muted, muteEarphone: false },
    })
    emit({ kind: 'joined' })
    const self = selfId()
    if (self) emit({ kind: 'stream', peerId: self, stream: { openId: self, self: true } })
    onMembers({ openIdList: (res as { openIdList?: string[] }).openIdList })
  } catch (e) {
    fail(wechatFailure(errCodeOf(e)))
  }
}

const newSession = (room: RoomView): Session => ({
  room,
  mode: voipModeOf(room),
  onEvent: null,
  members: new Set(),
  peers: null,
  live: false,
  seenOthers: false,
  waitFailure: null,
})

async function join({ room, onEvent }: JoinOptions) {
  // A guest's 1v1 session began in wait(): keep what it has seen of the ringing call.
  const kept = session && session.room.visitId === room.visitId && session.mode === voipModeOf(room) ? session : null
  session = kept ? { ...kept, room, onEvent } : { ...newSession(room), onEvent }
  const s = session
  if (s.mode === 'multi') return enterRoom(s)
  if (room.side === 'host') return ring(s)
  if (s.waitFailure) return fail(s.waitFailure)
  if (!s.live) listen()
  if (s.seenOthers) emit({ kind: 'joined' })
}

export const video: VideoPort = {
  capability: async () => voipCapability(),
  checkDevices: () => voipReadiness(),
  // WeChat shows the preview with its own <camera> component.
  preview: async () => null,
  async wait(room) {
    if (room.side !== 'guest' || voipModeOf(room) !== '1v1') return
    if (!session || session.room.visitId !== room.visitId) session = newSession(room)
    if (!session.live) listen()
    try {
      await Taro.setEnable1v1Chat({ enable: true })
      session.waitFailure = null
    } catch (e) {
      session.waitFailure = toFailure(wechatFailure(errCodeOf(e)))
    }
  },
  join,
  setAudioOnly(on) {
    // Takes effect on the next join; WeChat's 1v1 screen has its own 切到语音 button meanwhile.
    audioOnly = on
    emit({ kind: 'audio-only', peerId: selfId() ?? 'self', audioOnly: on })
  },
  setMuted(on) {
    muted = on
    if (session?.live)
      void Taro.updateVoIPChatMuteConfig({ muteConfig: { muteMicrophone: on, muteEarphone: false } }).catch(() => undefined)
  },
  async leave() {
    // The host's "end for everyone" is the server's `end`; everyone else's page then leaves too.
    stopListening()
    session = null
    await Taro.exitVoIPChat({}).catch(() => undefined)
  },
}
