// 视频家访: the waiting room and the call. Groundwork: the page exists so links can point at it.
import { Text } from '@tarojs/components'
import { usePageParams } from '@/client/use-page-params'
import { Screen } from '@/client/ui/screen'

export default function VideoRoomPage() {
  usePageParams('videoRoom')
  return (
    <Screen title="视频家访">
      <Text className="card__meta">视频家访即将开放。现在请用电话或腾讯会议与老师联系。</Text>
    </Screen>
  )
}
