// Parent home: the one thing waiting first, in large type; then the other visits; then 我的提醒.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '@/core/contract/visits.contract'
import { pickWaiting } from '@/client/agenda'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { InboxLink } from '@/client/ui/inbox-link'
import { ErrorState } from '@/client/ui/states'
import { VisitCard } from '@/client/ui/visit-card'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { offerSentence, windowWords } from '@/client/visit-time'

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
