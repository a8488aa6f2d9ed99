// WeChat: the video port on WeChat's own VoIP. One parent: the teacher rings them with join1v1Chat
// (the parent's waiting page enabled being called). A group or more people: everyone joins the
// room's multi-party call (joinVoIPChat with the server's signature) and <voip-room> draws each
// member. WeChat's events become VideoEvents; its error codes become Chinese messages.
import Taro from '@tarojs/taro'
import { describeFailure, wechatFailure } from '../../core/video/voip-errors'
import { videoApi } from '../calls/video'
import type { JoinOptions, VideoPort } from './video.types'
import { voipCapability, voipReadiness } from './voip-devices.weapp'
import {
  emit,
  errCodeOf,
  fail,
  listen,
  newSession,
  onMembers,
  selfId,
  stopListening,
  subscribeVideo,
  toFailure,
  voip,
  type Session,
} from './voip-events.weapp'
import { voipModeOf } from './voip-mode'
import { loadVoipPeers } from './voip-peers'

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
      roomType: voip.audioOnly ? 'voice' : 'video',
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
      roomType: (voip.audioOnly ? 'voice' : 'video') as unknown as Taro.joinVoIPChat.RoomType,
      groupId: sign.data.groupId,
      nonceStr: sign.data.nonceStr,
      timeStamp: sign.data.timeStamp,
      signature: sign.data.signature,
      muteConfig: { muteMicrophone: voip.muted, muteEarphone: false },
    })
    emit({ kind: 'joined' })
    const self = selfId()
    if (self) emit({ kind: 'stream', peerId: self, stream: { openId: self, self: true } })
    onMembers({ openIdList: (res as { openIdList?: string[] }).openIdList })
  } catch (e) {
    fail(wechatFailure(errCodeOf(e)))
  }
}

async function join({ room, onEvent }: JoinOptions) {
  // A guest's 1v1 session began in wait(): keep what it has seen of the ringing call.
  const kept = voip.session && voip.session.room.visitId === room.visitId && voip.session.mode === voipModeOf(room) ? voip.session : null
  voip.session = kept ? { ...kept, room, onEvent } : { ...newSession(room), onEvent }
  const s = voip.session
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
    if (!voip.session || voip.session.room.visitId !== room.visitId) voip.session = newSession(room)
    if (!voip.session.live) listen()
    try {
      await Taro.setEnable1v1Chat({ enable: true })
      voip.session.waitFailure = null
    } catch (e) {
      voip.session.waitFailure = toFailure(wechatFailure(errCodeOf(e)))
    }
  },
  join,
  setAudioOnly(on) {
    // Multi-party: stop receiving video now. 1v1: WeChat's own screen has 切到语音; the next call starts as voice.
    voip.audioOnly = on
    if (voip.session?.live && voip.session.mode === 'multi') subscribeVideo(voip.session)
    emit({ kind: 'audio-only', peerId: selfId() ?? 'self', audioOnly: on })
  },
  setMuted(on) {
    voip.muted = on
    if (voip.session?.live)
      void Taro.updateVoIPChatMuteConfig({ muteConfig: { muteMicrophone: on, muteEarphone: false } }).catch(() => undefined)
  },
  async leave() {
    // The host's "end for everyone" is the server's `end`; everyone else's page then leaves too.
    stopListening()
    voip.session = null
    await Taro.exitVoIPChat({}).catch(() => undefined)
  },
}
