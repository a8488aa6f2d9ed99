// 本周家访: what waits for an answer (the teacher's turn apart from the parents'), then the agreed
// visits a week at a time, forward and back, so every agreed visit can be found here.
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
import { WaitingGroups } from '../../components/waiting-groups'
import { WeekStrip } from '../../components/week-strip'
import { openingDay, weekDays, weekFrom, weekLabel } from '../../components/week'

export default function AgendaPage() {
  const [now] = useState(() => new Date())
  const [offset, setOffset] = useState(0)
  const [picked, setPicked] = useState<string | null>(null)
  const from = weekFrom(now, offset)
  // Each answer remembers its week: while another week loads, the old week's visits are not shown on it.
  const agenda = useApi(async () => {
    const res = await visitsApi.myAgenda({ from, days: 7 })
    return res.ok ? { ...res, data: { ...res.data, from } } : res
  }, [from])
  useReshow(agenda.reload)
  const toWeek = (step: -1 | 1) => {
    setPicked(null)
    setOffset((o) => o + step)
  }
  // A reload or another week keeps the page in place: the spinner is only for the first load.
  const shown = { ...agenda, loading: agenda.loading && agenda.data === null }
  return (
    <Screen title="本周家访">
      <Loaded state={shown}>
        {(d) => {
          const days = weekDays(now, offset, d.from === from ? d.visits : [])
          const day = picked ?? openingDay(days)
          const ofDay = days.find((s) => s.value === day)?.visits ?? []
          return (
            <View>
              <WaitingGroups visits={d.visits} />
              <Text className="section-title">已约好的家访</Text>
              <WeekStrip days={days} label={weekLabel(now, offset)} day={day} busy={d.from !== from} onDay={setPicked} onWeek={toWeek} />
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
