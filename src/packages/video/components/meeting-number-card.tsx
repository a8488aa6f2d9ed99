// A Tencent Meeting number as a parent needs it: very large, grouped in threes for reading aloud,
// with the button that opens it and 复制 for typing it elsewhere.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '@/client/ui/big-button'
import { spacedMeetingNumber } from '@/client/dial-links'
import type { Dial } from '@/client/dial.types'

/** The meeting number in very large type, grouped for reading aloud, with 复制 and 打开腾讯会议. */
export function MeetingNumberCard({
  meetingNumber,
  dial,
  onOpen,
  openLabel,
}: {
  meetingNumber: string
  dial: Dial
  onOpen: () => void
  openLabel: string
}) {
  const spaced = spacedMeetingNumber(meetingNumber)
  const copy = () => void Taro.setClipboardData({ data: meetingNumber }).catch(() => undefined)
  const link = dial.meetingLink(meetingNumber)
  return (
    <View className="card fallback__card" aria-label={`腾讯会议号：${meetingNumber.split('').join(' ')}`}>
      <Text className="card__meta">腾讯会议号</Text>
      <Text className="fallback__number" selectable>
        {spaced}
      </Text>
      <BigButton label={`${openLabel}，会议号 ${spaced}`} onClick={onOpen}>
        {openLabel}
      </BigButton>
      <BigButton kind="default" label={`复制会议号 ${spaced}`} onClick={copy}>
        复制会议号
      </BigButton>
      <Text className="card__meta">
        {link ? '没有装腾讯会议的，可在应用商店安装后输入上面的会议号。' : '打不开时，请打开腾讯会议，点“加入会议”，输入上面的会议号。'}
      </Text>
    </View>
  )
}
