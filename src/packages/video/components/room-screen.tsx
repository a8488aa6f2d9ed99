// One room, by phase: waiting (guest: the device check; host: who is waiting), in the call, ended or
// failed — and the fallbacks (Tencent Meeting, the phone) always underneath.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { RoomView } from '@/core/contract/video.contract'
import { availableActions } from '@/core/video/call.machine'
import { FALLBACK_LABELS } from '@/core/video/video.schema'
import { videoApi } from '@/client/calls/video'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { video } from '@/client/video/video'
import type { Readiness } from '@/client/video/video.types'
import { CallStage } from './call-stage'
import { FallbackPanel } from './fallback-panel'
import { GuestWaiting } from './guest-waiting'
import { HostWaiting } from './host-waiting'
import { useCall } from './use-call'
import './video-room.scss'

type Props = {
  room: RoomView
  /** Guest: the waiting room's device check and its preview stream. */
  readiness: Readiness | null
  preview: unknown
  onRoom: (r: RoomView) => void
  onCheck: () => void
}

export function RoomScreen({ room, readiness, preview, onRoom, onCheck }: Props) {
  const { state: s, tiles, error, act } = useCall(room)
  const { dialog, ask } = useConfirm()
  const [self, setSelf] = useState<unknown>(null)
  const live = s.phase === 'ringing' || s.phase === 'in_call'
  const can = availableActions(s, room.side)
  // Our own picture in the call (the guest's test already opened the camera).
  useEffect(() => {
    if (live) void video.preview().then(setSelf)
    else if (room.side === 'host') setSelf(null)
  }, [live, s.audioOnly, room.side])
  return (
    <View className="room">
      {error ? (
        <View className="notice-bar" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
      {s.phase === 'waiting' && room.side === 'guest' ? (
        <GuestWaiting room={room} readiness={readiness} stream={preview} onRetry={onCheck} />
      ) : null}
      {s.phase === 'waiting' && room.side === 'host' ? (
        <HostWaiting room={room} canStart={can.includes('start')} onStart={() => act({ kind: 'start' })} />
      ) : null}
      {live ? <CallStage room={room} state={s} tiles={tiles} self={self} act={act} ask={ask} /> : null}
      {s.phase === 'ended' ? (
        <Outcome text={room.side === 'host' && s.room === 'ended' ? '通话已结束，正在打开家访记录…' : '通话已结束，谢谢您'} />
      ) : null}
      {s.phase === 'failed' && s.failure ? <Outcome text={s.failure.message} alert /> : null}
      {s.phase === 'fallback' && s.via ? <Outcome text={`已改用${FALLBACK_LABELS[s.via]}`} /> : null}
      {can.includes('join') ? (
        <BigButton onClick={() => act({ kind: 'join' })}>{s.room === 'in_call' ? '重新加入' : '回到等候'}</BigButton>
      ) : null}
      {can.includes('start') && s.phase !== 'waiting' ? <BigButton onClick={() => act({ kind: 'start' })}>开始视频</BigButton> : null}
      <FallbackPanel
        room={room}
        onRoom={onRoom}
        onSetMeeting={(meetingNumber) => videoApi.setMeeting({ visitId: room.visitId, meetingNumber })}
        onRevealPhone={(guardianId) => videoApi.revealPhone({ visitId: room.visitId, guardianId })}
        onFallback={async (via) => {
          const res = await videoApi.fallback({ visitId: room.visitId, via })
          if (res.ok) act({ kind: 'fallback', via })
          return res
        }}
      />
      {dialog}
    </View>
  )
}

function Outcome({ text, alert }: { text: string; alert?: boolean }) {
  return (
    <View className={`card room__outcome ${alert ? 'is-bad' : ''}`} role={alert ? 'alert' : 'status'}>
      <Text className="room__big">{text}</Text>
    </View>
  )
}
