// Proposals to several families in one go: suggested times per family (inside the parents' free
// times, clear of the teacher's calendar and of each other), one shared topic, then what happened
// to each family. Each family gets its own proposal and reminder, or a reason why not.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ProposeOutcome, Suggestion } from '@/core/contract/visits-bulk.contract'
import { visitsApi } from '@/client/calls/visits'
import { HOME_PATHS } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded, LoadingState } from '@/client/ui/states'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { FamilyRow, RefusedRow, ResultRow } from '../../components/bulk-rows'

const DEFAULT_TOPIC = '了解孩子在家情况，交流在校表现'
type Family = Extract<Suggestion, { ok: true }>
type Sent = { results: ProposeOutcome[]; names: Map<string, string> }

function BulkForm({ suggestions, onSent }: { suggestions: Suggestion[]; onSent: (s: Sent) => void }) {
  const families = suggestions.filter((s): s is Family => s.ok)
  const refused = suggestions.filter((s): s is Extract<Suggestion, { ok: false }> => !s.ok)
  // The first suggested time of each family is on to start with.
  const [chosen, setChosen] = useState<Record<string, number[]>>(() =>
    Object.fromEntries(families.map((f) => [f.studentId, f.options.length ? [0] : []])),
  )
  const [topic, setTopic] = useState(DEFAULT_TOPIC)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const toSend = families.filter((f) => chosen[f.studentId]!.length > 0)
  const toggle = (id: string, i: number) =>
    setChosen((c) => ({ ...c, [id]: c[id]!.includes(i) ? c[id]!.filter((x) => x !== i) : [...c[id]!, i].sort() }))

  const send = async () => {
    if (!topic.trim()) return setError('请写一句想和家长聊什么')
    setBusy(true)
    setError(null)
    const items = toSend.map((f) => ({
      studentId: f.studentId,
      topic: topic.trim(),
      options: chosen[f.studentId]!.map((i) => f.options[i]!),
    }))
    const res = await visitsApi.proposeMany({ items })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    onSent({ results: res.data.results, names: new Map(families.map((f) => [f.studentId, f.studentName])) })
  }

  if (busy) return <LoadingState text={`正在发送给 ${toSend.length} 户…`} />
  return (
    <View>
      <Text className="lead">每户给几个时间，家长从中选一个。时间已避开您的日程，各户之间不重叠（入户留出路上时间）。</Text>
      {families.map((f) => (
        <FamilyRow key={f.studentId} family={f} chosen={chosen[f.studentId]!} onToggle={(i) => toggle(f.studentId, i)} />
      ))}
      <RefusedRow items={refused} />
      <Field label="想和家长聊什么（每户都一样）" value={topic} onInput={setTopic} placeholder="一句话：想和家长聊什么" maxlength={100} />
      <FormError message={error} />
      <View className="form-actions">
        <BigButton disabled={toSend.length === 0} onClick={() => void send()}>
          {toSend.length ? `发送给 ${toSend.length} 户` : '请先选时间'}
        </BigButton>
      </View>
    </View>
  )
}

function SentList({ sent }: { sent: Sent }) {
  const done = sent.results.filter((r) => r.ok).length
  const failed = sent.results.length - done
  return (
    <View>
      <View role="status">
        <Text className="lead">{failed ? `已发送 ${done} 户，${failed} 户未发送` : `已发送给 ${done} 户，等家长回复`}</Text>
      </View>
      {sent.results.map((r) => (
        <ResultRow key={r.studentId} result={r} name={sent.names.get(r.studentId) ?? '学生'} />
      ))}
      <View className="form-actions">
        <BigButton onClick={() => void Taro.reLaunch({ url: HOME_PATHS.teacher })}>回到首页</BigButton>
      </View>
    </View>
  )
}

export default function ProposeManyPage() {
  const { studentIds } = usePageParams('visitProposeMany')
  const ids = [...new Set(studentIds.split(',').filter(Boolean))].slice(0, 20)
  const state = useApi(() => visitsApi.suggest({ studentIds: ids }), [studentIds])
  const [sent, setSent] = useState<Sent | null>(null)
  if (ids.length === 0) {
    return (
      <Screen title="批量发起家访">
        <EmptyState title="还没有选择学生" hint="请回到首页，在需要家访的名单里选择家庭" />
      </Screen>
    )
  }
  return (
    <Screen title={sent ? '发送结果' : '批量发起家访'} subtitle={sent ? null : `已选 ${ids.length} 个学生`}>
      {sent ? <SentList sent={sent} /> : <Loaded state={state}>{(d) => <BulkForm suggestions={d.suggestions} onSent={setSent} />}</Loaded>}
    </Screen>
  )
}
