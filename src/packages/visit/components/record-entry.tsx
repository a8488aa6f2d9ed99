// The record on the visit page. Teacher side: "填写家访记录" once the agreed start has passed, then the
// record (amend within 7 days). Parent side: the summary, strengths and strategies the teacher shares.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '@/core/contract/visits.contract'
import { DOMAIN_LABELS } from '@/core/visit/prep.rules'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'

/** The agreed start has passed (a visit checked in early offers the record on its check-out card). */
export const startPassed = (v: VisitView) => !!v.agreed && Date.parse(v.agreed.option.startAt) <= Date.now()
export const openRecord = (v: VisitView) => void Taro.navigateTo({ url: pagePath('visitRecord', { id: v.visitId }) })

export function RecordEntry({ view: v }: { view: VisitView }) {
  if (v.mySide === 'parent') return v.status === 'completed' ? <SharedRecord visitId={v.visitId} /> : null
  if (v.status === 'scheduled' && startPassed(v) && !v.coVisitor) {
    return (
      <View className="card">
        <Text className="card__title">家访结束后，请填写家访记录</Text>
        <Text className="card__meta">5天内提交；没有网络时也可以先填，恢复后自动提交。</Text>
        <BigButton onClick={() => openRecord(v)}>填写家访记录</BigButton>
      </View>
    )
  }
  if (v.status !== 'completed') return null
  return (
    <BigButton kind="default" onClick={() => openRecord(v)}>
      查看家访记录
    </BigButton>
  )
}

function SharedRecord({ visitId }: { visitId: string }) {
  const record = useApi(() => visitsApi.getRecord({ visitId }), [visitId])
  useReshow(record.reload)
  const shared = record.data?.shared
  if (!shared) return null
  return (
    <View className="card record-shared" aria-label="老师的家访小结">
      <Text className="card__title">老师的家访小结</Text>
      {shared.summary ? <Text className="record-shared__text">{shared.summary}</Text> : null}
      <Text className="section-title">孩子的闪光点</Text>
      {shared.strengths.map((s, i) => (
        <Text key={i} className="record-shared__item">{`${DOMAIN_LABELS[s.domain]}：${s.text}`}</Text>
      ))}
      <Text className="section-title">我们商定的做法</Text>
      {shared.strategies.map((s, i) => (
        <Text key={i} className="record-shared__item">{`${i + 1}. ${s}`}</Text>
      ))}
    </View>
  )
}
