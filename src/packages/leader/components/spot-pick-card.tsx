// One family on the spot-check call list: masked phones until 开始通话 (audited), then the numbers as
// tel: links and the outcome form; a saved outcome reads back as one line.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SpotPickView } from '@/core/contract/surveys-supervise.contract'
import type { SpotCheckOutcome } from '@/core/survey/spot-check.outcome'
import { surveysApi } from '@/client/calls/surveys'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
import { PhoneLink } from '@/client/ui/phone-link'
import { showToast } from '@/client/ui/toast'
import { SpotOutcomeForm } from './spot-outcome-form'

const TOOK_WORDS = { as_recorded: '家访属实', different: '时间或方式不符', not_held: '家长说没有家访' } as const
function outcomeLine(o: SpotCheckOutcome): string {
  if (!o.reached) return '没有联系上'
  const parts = [o.tookPlace ? TOOK_WORDS[o.tookPlace] : '未问家访情况']
  if (o.satisfied !== null) parts.push(o.satisfied ? '满意' : '不满意')
  if (o.offered) parts.push('反映有送礼吃请')
  return parts.join('，')
}

type Props = { spotCheckId: string; pick: SpotPickView; onSaved: () => void }

export function SpotPickCard({ spotCheckId, pick, onSaved }: Props) {
  const ref = { spotCheckId, visitId: pick.visitId }
  const [phones, setPhones] = useState<SpotPickView['phones'] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setBusy(true)
    const res = await surveysApi.startSpotCall(ref)
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setPhones(res.data.phones)
  }
  const save = async (outcome: SpotCheckOutcome) => {
    const res = await surveysApi.recordSpotOutcome({ ...ref, outcome })
    if (!res.ok) return res.error.message
    showToast(res.data.disputeId ? '已保存，已转为异议' : '已保存')
    onSaved()
    return null
  }
  const shown = phones ?? pick.phones
  return (
    <View className="card spot-pick" aria-label={`${pick.className} ${pick.children}`}>
      <Text className="card__title">{`${pick.className} · ${pick.children}`}</Text>
      {pick.reasons.length ? <Text className="card__meta">{`抽中原因：${pick.reasons.join('、')}`}</Text> : null}
      {shown.length === 0 ? <Text className="card__meta">没有登记电话</Text> : null}
      {shown.map((p) => (
        <View key={`${p.name}${p.phone}`} className="spot-pick__phone">
          <Text className="spot-pick__who">{`${p.name}（${p.relation}）`}</Text>
          {phones ? <PhoneLink phone={p.phone} who={p.name} /> : <Text>{p.phone}</Text>}
        </View>
      ))}
      <FormError message={error} />
      {pick.outcome ? (
        <View className="spot-pick__done" role="status">
          <Text>{`已记录：${outcomeLine(pick.outcome)}`}</Text>
        </View>
      ) : phones ? (
        <SpotOutcomeForm onSave={save} />
      ) : (
        <BigButton loading={busy} onClick={() => void start()}>
          开始通话
        </BigButton>
      )}
    </View>
  )
}
