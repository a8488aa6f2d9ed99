// 视频不通时: the ways that always work, on both platforms. The host registers a Tencent Meeting
// number, switches to it, or phones a guardian (the number is revealed only for that call, and
// audited); the guest sees the meeting number to open or type, and knows the teacher may phone.
// The page owns the API calls (callbacks) so this panel stays the same in every room.
import { Text, View } from '@tarojs/components'
import type { RoomView } from '@/core/contract/video.contract'
import type { Result } from '@/core/result'
import type { Fallback } from '@/core/video/video.schema'
import { dial as platformDial } from '@/client/dial'
import type { Dial } from '@/client/dial.types'
import { HostFallbacks } from './fallback-host'
import { MeetingNumberCard } from './meeting-number-card'
import './fallback-panel.scss'

export type FallbackPanelProps = {
  room: RoomView
  /** Host: `video.setMeeting`. */
  onSetMeeting: (meetingNumber: string) => Promise<Result<RoomView>>
  /** Host: `video.revealPhone` (audited on the server). */
  onRevealPhone: (guardianId: string) => Promise<Result<{ phone: string }>>
  /** Host: `video.fallback`, once the other way was actually opened. */
  onFallback: (via: Fallback) => Promise<Result<RoomView>>
  /** The room as the server answered after a write. */
  onRoom?: (room: RoomView) => void
  /** Injectable for tests; the platform's dialer by default. */
  dial?: Dial
}

export function FallbackPanel(props: FallbackPanelProps) {
  const d = props.dial ?? platformDial
  return (
    <View className="fallback" aria-label="视频不通时">
      <Text className="fallback__title">视频不通时</Text>
      {props.room.side === 'host' ? <HostFallbacks {...props} dial={d} /> : <GuestFallbacks room={props.room} dial={d} />}
    </View>
  )
}

function GuestFallbacks({ room, dial }: { room: RoomView; dial: Dial }) {
  return (
    <>
      {room.meetingNumber ? (
        <MeetingNumberCard
          meetingNumber={room.meetingNumber}
          dial={dial}
          openLabel="打开腾讯会议"
          onOpen={() => void dial.openMeeting(room.meetingNumber!)}
        />
      ) : (
        <View className="card fallback__card">
          <Text className="card__meta">老师还没有登记腾讯会议号。需要时，老师会在这里告诉您会议号。</Text>
        </View>
      )}
      <View className="card fallback__card">
        <Text className="fallback__phone-hint">{`${room.teacherName}也可能直接打电话给您，请留意来电。`}</Text>
      </View>
    </>
  )
}
