// Visit blocks for the role homes: the teacher's 家访 entry and the parent's "one thing waiting first".
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '../../core/contract/visits.contract'
import { inZone } from '../../core/time'
import { notifyApi } from '../calls/notify'
import { visitsApi } from '../calls/visits'
import { useApi } from '../use-api'
import { useReshow } from '../use-reshow'
import { pagePath } from '../routes'
import { offerSentence, windowWords } from '../visit-time'
import { BigButton } from './big-button'
import { ErrorState } from './states'
import { VisitCard } from './visit-card'
import { pickWaiting } from '../agenda'

function InboxLink() {
  const inbox = useApi(() => notifyApi.inbox({ page: 0, pageSize: 1 }))
  useReshow(inbox.reload)
  const unread = inbox.data?.unread ?? 0
  return (
    <BigButton kind="default" label={`我的提醒，${unread}条未读`} onClick={() => void Taro.navigateTo({ url: pagePath('visitInbox') })}>
      {unread ? `我的提醒（${unread}条未读）` : '我的提醒'}
    </BigButton>
  )
}

/** Teacher home: 本周家访 with what waits, and 我的提醒. */
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

function WaitingCard({ visit: v }: { visit: VisitView }) {
  const answer = v.status === 'awaiting_parent'
  const first = v.options[0]
  const text = answer
    ? v.options.length === 1 && first
      ? offerSentence(`${v.teacherName}老师`, first)
      : `${v.teacherName}老师想来家访，给了${v.options.length}个时间，请选一个`
    : v.agreed
      ? `${windowWords(v.agreed.option.startAt, v.agreed.option.endAt)}，${v.teacherName}老师家访`
      : ''
  return (
    <View className="card waiting-card" aria-label={text}>
      <Text className="card__meta">{answer ? '等您回复' : '下一次家访'}</Text>
      <Text className="waiting-card__text">{text}</Text>
      <BigButton onClick={() => void Taro.navigateTo({ url: pagePath('visitDetail', { id: v.visitId }) })}>
        {answer ? '去回复' : '查看家访'}
      </BigButton>
    </View>
  )
}

/** Parent home: the one thing waiting first, in large type; then the other visits; then 我的提醒. */
export function ParentVisits() {
  const list = useApi(() => visitsApi.myFamilyVisits({}))
  useReshow(list.reload)
  if (list.error?.code === 'AUTH.FORBIDDEN') return null // not a parent yet (binding pending)
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />
  if (!list.data) return null
  const first = pickWaiting(list.data.visits, new Date())
  const others = list.data.visits.filter((v) => v.visitId !== first?.visitId)
  return (
    <View className="parent-visits">
      {first ? <WaitingCard visit={first} /> : null}
      {others.length ? <Text className="section-title">家访</Text> : null}
      {others.map((v) => (
        <VisitCard key={v.visitId} visit={v} />
      ))}
      <InboxLink />
    </View>
  )
}
