// WeChat: one <voip-room> per member of a multi-party call. Our own window shows the camera, the
// others their video. WeChat draws them natively, so each needs an explicit size (no size: blank).
import { Text, View, VoipRoom } from '@tarojs/components'
// Type only: in a weapp build './voip-room' is this file itself.
import type { VoipStageProps } from './voip-room'
import './voip-room.scss'

export function VoipStage({ streams, audioOnly }: VoipStageProps) {
  if (streams.length === 0 || audioOnly) return null
  const wide = streams.length <= 2
  return (
    <View className="voip-stage" aria-label="视频画面">
      {streams.map((s) => (
        <View key={s.openId} className={`voip-stage__cell ${wide ? 'voip-stage__cell--wide' : ''}`}>
          <VoipRoom
            className="voip-stage__room"
            openId={s.openId}
            mode={s.self ? 'camera' : 'video'}
            devicePosition="front"
            objectFit="cover"
          />
          {s.self ? <Text className="voip-stage__me">我</Text> : null}
        </View>
      ))}
    </View>
  )
}
