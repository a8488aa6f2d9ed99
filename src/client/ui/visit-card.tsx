// One visit as a tappable card (agenda, homes): who, when, what is waiting.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '../../core/contract/visits.contract'
import { VISIT_FORMAT_LABELS } from '../../core/model/visit.schema'
import { pagePath } from '../routes'
import { windowWords } from '../visit-time'
import { StatusTag } from './status-tag'

const STATUS_WORDS = {
  teacher: { awaiting_parent: '等家长回复', awaiting_teacher: '等您回复', scheduled: '已约好', cancelled: '已取消', completed: '已完成' },
  parent: { awaiting_parent: '等您回复', awaiting_teacher: '等老师回复', scheduled: '已约好', cancelled: '已取消', completed: '已完成' },
} as const

export const visitStatusWords = (v: Pick<VisitView, 'mySide' | 'status'>) => STATUS_WORDS[v.mySide][v.status]

/** When: the agreed window, or the first offered one ("等2个时间中选一个"). */
export function visitWhen(v: VisitView): string {
  if (v.agreed) return `${windowWords(v.agreed.option.startAt, v.agreed.option.endAt)} · ${VISIT_FORMAT_LABELS[v.agreed.option.format]}`
  const first = v.options[0]
  if (!first) return ''
  const more = v.options.length > 1 ? ` 等${v.options.length}个时间` : ''
  return `${windowWords(first.startAt, first.endAt)}${more}`
}

export function VisitCard({ visit: v, title }: { visit: VisitView; title?: string }) {
  const who = title ?? (v.mySide === 'teacher' ? v.studentNames.join('、') : `${v.teacherName}老师`)
  const status = visitStatusWords(v)
  return (
    <View
      className="card card--tap visit-card"
      role="button"
      aria-label={`${who}，${status}，${visitWhen(v)}`}
      onClick={() => void Taro.navigateTo({ url: pagePath('visitDetail', { id: v.visitId }) })}
    >
      <View className="visit-card__top">
        <Text className="card__title">{who}</Text>
        <StatusTag tone={v.status}>{status}</StatusTag>
      </View>
      <Text className="card__meta">{visitWhen(v)}</Text>
      <Text className="card__meta">{v.topic}</Text>
    </View>
  )
}
