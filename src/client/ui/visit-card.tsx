// One visit as a tappable card (agenda, homes): who, when, what is waiting. A cancelled visit says
// who cancelled and why, and at most the time once agreed, labelled 原定 (walkthrough #12).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ListedVisit } from '../../core/contract/visits-list.contract'
import { pagePath } from '../routes'
import { cachedMe } from '../session'
import { KeepDates } from './keep-dates'
import { StatusTag } from './status-tag'
import { cancelWords, visitWhen } from './visit-words'

export { visitWhen } from './visit-words'

const STATUS_WORDS = {
  teacher: { awaiting_parent: '等家长回复', awaiting_teacher: '等您回复', scheduled: '已约好', cancelled: '已取消', completed: '已完成' },
  parent: { awaiting_parent: '等您回复', awaiting_teacher: '等老师回复', scheduled: '已约好', cancelled: '已取消', completed: '已完成' },
} as const

export const visitStatusWords = (v: Pick<ListedVisit, 'mySide' | 'status'>) => STATUS_WORDS[v.mySide][v.status]

export function VisitCard({ visit: v, title }: { visit: ListedVisit; title?: string }) {
  const who = title ?? (v.mySide === 'teacher' ? v.studentNames.join('、') : `${v.teacherName}老师`)
  const status = visitStatusWords(v)
  const when = visitWhen(v)
  const cancelled = v.status === 'cancelled' ? cancelWords(v, cachedMe()?.userId ?? null) : null
  const kind = [v.followUp ? '跟进家访' : null, v.coVisitor ? `共同家访（${v.teacherName}老师安排）` : null].filter(Boolean).join(' · ')
  const lines = [cancelled, when, v.topic, kind].filter((l): l is string => !!l)
  return (
    <View
      className="card card--tap visit-card"
      role="button"
      aria-label={[who, status, ...lines].join('，')}
      onClick={() => void Taro.navigateTo({ url: pagePath('visitDetail', { id: v.visitId }) })}
    >
      <View className="visit-card__top">
        <Text className="card__title">{who}</Text>
        <StatusTag tone={v.status}>{status}</StatusTag>
      </View>
      {cancelled ? <Text className="card__meta visit-card__cancel">{cancelled}</Text> : null}
      {when ? <KeepDates className="card__meta" text={when} /> : null}
      <Text className="card__meta">{v.topic}</Text>
      {kind ? <Text className="card__meta visit-card__kind">{kind}</Text> : null}
    </View>
  )
}
