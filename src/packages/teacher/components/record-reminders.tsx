// Teacher home: held visits whose record is due within two days or overdue (red), and the open follow-ups
// of the co-education plans the teacher wrote that come later (within 30 days; 还需家访 lists the due ones).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { showToast } from '@/client/ui/toast'

const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

export function RecordsDue() {
  const due = useApi(() => visitsApi.myOverdueRecords({}))
  useReshow(due.reload)
  const visits = due.data?.visits ?? []
  if (!visits.length) return null
  const late = visits.some((v) => v.overdue)
  return (
    <View className={`card record-due ${late ? 'record-due--late' : ''}`}>
      <Text className="card__title">{`待填写家访记录 ${visits.length}`}</Text>
      {visits.map((v) => (
        <View
          key={v.visitId}
          className="row record-due__row"
          role="button"
          aria-label={`${v.studentNames.join('、')}的家访记录，${v.overdue ? '已超期' : `${md(v.dueBy)}前提交`}`}
          onClick={() => void Taro.navigateTo({ url: pagePath('visitRecord', { id: v.visitId }) })}
        >
          <Text className="row__main">{v.studentNames.join('、') || '家访记录'}</Text>
          <Text className={`row__side ${v.overdue ? 'record-due__late' : ''}`}>
            {v.overdue ? `已超期（${md(v.dueBy)}）` : `${md(v.dueBy)}前`}
          </Text>
        </View>
      ))}
    </View>
  )
}

export function PlannedFollowUps() {
  const list = useApi(() => visitsApi.myFollowUps({}))
  const [busy, setBusy] = useState<string | null>(null)
  useReshow(list.reload)
  const items = list.data?.followUps ?? []
  if (!items.length) return null
  const finish = async (id: string) => {
    setBusy(id)
    const res = await visitsApi.finishFollowUp({ id })
    setBusy(null)
    showToast(res.ok ? '已标记完成' : res.error.message)
    if (res.ok) list.reload()
  }
  return (
    <View className="record-follow-ups">
      <Text className="section-title">计划中的跟进</Text>
      {items.map((f) => (
        <View key={f.id} className="row record-follow-up">
          <View
            className="record-follow-up__main"
            role="button"
            onClick={() => void Taro.navigateTo({ url: pagePath('visitDetail', { id: f.visitId }) })}
          >
            <Text className="row__main">{f.text}</Text>
            <Text className="row__side">{md(f.dueDate)}</Text>
          </View>
          <View
            className="link-text record-follow-up__done"
            role="button"
            aria-label={`标记完成：${f.text}`}
            onClick={() => (busy ? undefined : void finish(f.id))}
          >
            <Text>{busy === f.id ? '正在保存' : '标记完成'}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
