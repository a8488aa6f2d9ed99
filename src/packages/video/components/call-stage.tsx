// In the call: the pictures, the timer, and big buttons — 静音, 只用声音 (weak network), 挂断; the
// host also 结束通话 (for everyone, after a confirmation).
import { Text, View } from '@tarojs/components'
import type { RoomView } from '@/core/contract/video.contract'
import type { CallAction, CallMachine } from '@/core/video/call.machine'
import { availableActions } from '@/core/video/call.machine'
import { BigButton } from '@/client/ui/big-button'
import type { ConfirmSpec } from '@/client/ui/confirm'
import type { Tile } from './call-tiles'
import { VideoTiles } from './video-tiles'
import { VisitTimer } from './visit-timer'

type Props = {
  room: RoomView
  state: CallMachine
  tiles: Tile[]
  self: unknown
  act: (a: CallAction) => void
  ask: (spec: ConfirmSpec) => void
}

export function CallStage({ room, state: s, tiles, self, act, ask }: Props) {
  const can = availableActions(s, room.side)
  const endForAll = () =>
    ask({
      title: '结束这次视频家访？',
      text: '所有人的通话都会挂断。结束后请填写家访记录。',
      confirmLabel: '结束通话',
      onConfirm: () => act({ kind: 'end' }),
    })
  return (
    <View className="stage">
      {s.phase === 'ringing' ? (
        <View className="notice-bar" role="status">
          <Text>正在进入通话…</Text>
        </View>
      ) : null}
      {s.reconnecting ? (
        <View className="notice-bar" role="status">
          <Text>网络不稳定，正在重新连接…（通话没有结束）</Text>
        </View>
      ) : null}
      <VisitTimer startedAt={room.startedAt} endAt={room.endAt} />
      <VideoTiles tiles={tiles} self={self} selfAudioOnly={s.audioOnly} />
      <View className="controls">
        <View className="controls__row">
          {can.includes('mute') ? (
            <BigButton kind="default" onClick={() => act({ kind: 'mute', on: !s.muted })}>
              {s.muted ? '取消静音' : '静音'}
            </BigButton>
          ) : null}
          {can.includes('audio_only') ? (
            <BigButton kind="default" onClick={() => act({ kind: 'audio_only', on: !s.audioOnly })}>
              {s.audioOnly ? '恢复视频' : '只用声音'}
            </BigButton>
          ) : null}
        </View>
        {can.includes('leave') ? (
          <BigButton
            kind={room.side === 'host' ? 'default' : 'primary'}
            className="controls__hangup"
            onClick={() => act({ kind: 'leave' })}
          >
            {room.side === 'host' ? '我先离开' : '挂断'}
          </BigButton>
        ) : null}
        {can.includes('end') ? (
          <BigButton className="controls__hangup" onClick={endForAll}>
            结束通话
          </BigButton>
        ) : null}
        {s.audioOnly ? <Text className="card__meta">只用声音：对方看不到您的画面，网络不好时声音更稳。</Text> : null}
      </View>
    </View>
  )
}
