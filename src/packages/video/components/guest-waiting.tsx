// The parent's waiting room: when the teacher will call, that the page must stay open, and the test
// of camera and microphone. Joining is automatic once the teacher starts.
import { Text, View } from '@tarojs/components'
import type { RoomView } from '@/core/contract/video.contract'
import { formatLocal } from '@/core/time'
import type { Readiness } from '@/client/video/video.types'
import { DeviceCheck } from './device-check'

type Props = { room: RoomView; readiness: Readiness | null; stream: unknown; onRetry: () => void }

export function GuestWaiting({ room, readiness, stream, onRetry }: Props) {
  return (
    <View>
      <View className="card room__hello" role="status">
        <Text className="room__big">{`老师将在 ${formatLocal(room.startAt, 'HH:mm')} 发起视频，请保持此页面打开`}</Text>
        <Text className="card__meta">{`${room.teacherName}老师开始后，这一页会自动进入通话，不用再点什么。`}</Text>
      </View>
      <DeviceCheck readiness={readiness} stream={stream} onRetry={onRetry} />
    </View>
  )
}
