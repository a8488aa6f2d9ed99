// 本周家访: what waits for an answer, then a 7-day strip (Shanghai days) with each day's agreed visits.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { visitsApi } from '@/client/calls/visits'
import { HOME_PATHS } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { VisitCard } from '@/client/ui/visit-card'
import { weekStrip } from '@/client/agenda'

export default function AgendaPage() {
  const [now] = useState(() => new Date())
  const days = weekStrip(now, [])
  const [day, setDay] = useState(days[0]!.value)
  const agenda = useApi(() => visitsApi.myAgenda({ from: days[0]!.value, days: 7 }), [])
  useReshow(agenda.reload)
  return (
    <Screen title="本周家访">
      <Loaded state={agenda}>
        {(d) => {
          const waiting = d.visits.filter((v) => v.status === 'awaiting_parent' || v.status === 'awaiting_teacher')
          const strip = weekStrip(now, d.visits)
          const ofDay = strip.find((s) => s.value === day)?.visits ?? []
          return (
            <View>
              <Text className="section-title">{`待回复 ${waiting.length} 个`}</Text>
              {waiting.length === 0 ? <Text className="card__meta">没有等待回复的家访</Text> : null}
              {waiting.map((v) => (
                <VisitCard key={v.visitId} visit={v} />
              ))}
              <Text className="section-title">已约好的家访</Text>
              <View className="week" role="tablist" aria-label="选择日期">
                {strip.map((s) => (
                  <View
                    key={s.value}
                    className={`week__day ${s.value === day ? 'week__day--on' : ''}`}
                    role="tab"
                    aria-selected={s.value === day}
                    aria-label={`${s.name} ${s.date}，${s.visits.length}个家访`}
                    onClick={() => setDay(s.value)}
                  >
                    <Text className="week__name">{s.name}</Text>
                    <Text className="week__date">{s.date}</Text>
                    <Text className="week__count">{s.visits.length ? `${s.visits.length}个` : '–'}</Text>
                  </View>
                ))}
              </View>
              {ofDay.length === 0 ? <EmptyState title="这天没有约好的家访" /> : ofDay.map((v) => <VisitCard key={v.visitId} visit={v} />)}
            </View>
          )
        }}
      </Loaded>
      <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: HOME_PATHS.teacher })}>
        发起家访（从班级名单选学生）
      </BigButton>
    </Screen>
  )
}
