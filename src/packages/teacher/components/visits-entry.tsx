// Teacher home: 本周家访 with what waits, and 我的提醒.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { inZone } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { InboxLink } from '@/client/ui/inbox-link'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'

export function TeacherVisitsEntry() {
  const agenda = useApi(() => visitsApi.myAgenda({ from: inZone(new Date()).format('YYYY-MM-DD'), days: 7 }))
  useReshow(agenda.reload)
  const visits = agenda.data?.visits ?? []
  const waiting = visits.filter((v) => v.status === 'awaiting_teacher').length
  const agreed = visits.filter((v) => v.status === 'scheduled').length
  return (
    <View className="tools">
      <View
        className="card card--tap"
        role="button"
        aria-label="本周家访"
        onClick={() => void Taro.navigateTo({ url: pagePath('teacherAgenda') })}
      >
        <Text className="card__title">本周家访</Text>
        <Text className="card__meta">{agenda.data ? `已约好 ${agreed} 个 · 等您回复 ${waiting} 个` : '家访日程 · 待回复'}</Text>
      </View>
      <InboxLink />
    </View>
  )
}
