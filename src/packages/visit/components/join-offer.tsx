// On the proposal form, when another teacher already holds the family this period: ask to join as a
// co-visitor (the claimant decides), or send this as a follow-up once the required visit is agreed.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'

type Props = { studentId: string; claimed: boolean; onFollowUp: () => void; onSent: () => void; busy: boolean }

export function JoinOffer({ studentId, claimed, onFollowUp, onSent, busy }: Props) {
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const ask = async () => {
    setSending(true)
    setError(null)
    const res = await visitsApi.requestJoin({ studentId })
    setSending(false)
    if (!res.ok) return setError(res.error.message)
    setSent(res.data.claimantName)
    onSent()
  }
  return (
    <View className="join-offer">
      {sent ? (
        <View className="notice-bar" role="status">
          <Text>{`已发送申请，等待${sent}老师同意`}</Text>
        </View>
      ) : null}
      <FormError message={error} />
      {claimed && !sent ? (
        <BigButton loading={sending} onClick={() => void ask()}>
          申请一起去家访
        </BigButton>
      ) : null}
      <BigButton kind="default" loading={busy} onClick={onFollowUp}>
        作为跟进家访发出
      </BigButton>
      <Text className="card__meta">跟进家访：这个家庭本学期的家访约好后，再去一次，不算重复家访。</Text>
    </View>
  )
}
