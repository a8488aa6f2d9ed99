// Teacher home: 本周家访 with what is agreed this week and what waits — the teacher's turn and the
// parents' turn counted apart.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { inZone } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { waitingGroups } from './week'

export function TeacherVisitsEntry() {
  const agenda = useApi(() => visitsApi.myAgenda({ from: inZone(new Date()).format('YYYY-MM-DD'), days: 7 }))
  useReshow(agenda.reload)
  const visits = agenda.data?.visits ?? []
  const { mine, parents } = waitingGroups(visits)
  const agreed = visits.filter((v) => v.status === 'scheduled').length
  const figures = agenda.data ? [`已约好 ${agreed} 个`, `等您回复 ${mine.length} 个`, `等家长回复 ${parents.length} 个`] : ['家访日程']
  const text = figures.join(' · ')
  return (
    <View
      className="card card--tap"
      role="button"
      aria-label={`本周家访，${text}`}
      onClick={() => void Taro.navigateTo({ url: pagePath('teacherAgenda') })}
    >
      <Text className="card__title">本周家访</Text>
      <View className="card__meta figures">
        {figures.map((f, i) => (
          <Text key={f} className="figures__item">
            {i < figures.length - 1 ? `${f} ·` : f}
          </Text>
        ))}
      </View>
    </View>
  )
}
