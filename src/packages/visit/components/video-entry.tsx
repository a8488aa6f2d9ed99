// On the visit page, once a visit is agreed: the way into its video room. A video or group visit gets
// the big card (teacher: 进入视频家访; parent: 进入视频等候室); a home visit a smaller link, for a
// parent far from home to join by video (the three-way visit).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '@/core/contract/visits.contract'
import { pagePath } from '@/client/routes'

const open = (visitId: string) => void Taro.navigateTo({ url: pagePath('videoRoom', { id: visitId }) })

export function VideoEntry({ view: v }: { view: VisitView }) {
  if (v.status !== 'scheduled' || !v.agreed) return null
  const format = v.agreed.option.format
  const host = v.mySide === 'teacher'
  if (format === 'video' || format === 'group') {
    const title = host ? '进入视频家访' : '进入视频等候室'
    const note = host ? '看看谁在等候，到时间后开始视频' : '到时间前打开这一页，老师开始后会自动接通'
    return (
      <View className="card card--tap video-entry" role="button" aria-label={`${title}，${note}`} onClick={() => open(v.visitId)}>
        <Text className="card__title">{title}</Text>
        <Text className="card__meta">{note}</Text>
      </View>
    )
  }
  if (format !== 'home') return null
  const label = host ? '请远方的家长视频加入' : '不在家？用视频加入家访'
  return (
    <View className="video-entry--small" role="button" aria-label={label} onClick={() => open(v.visitId)}>
      <Text className="link-text">{`${label} ›`}</Text>
    </View>
  )
}
