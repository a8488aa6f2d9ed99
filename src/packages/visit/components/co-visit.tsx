// Co-visitors on the visit page: who comes along, what kind of visit it is, and for the visit's teacher
// the colleagues asking to join (同意 at once; 不同意 asks first).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { VisitView } from '@/core/contract/visits.contract'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import type { ConfirmSpec } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { StatusTag } from '@/client/ui/status-tag'

const teacher = (name: string) => `${name}老师`

/** Lines under the visit's facts: follow-up, co-visitors, the household survey (teacher side only), a co-visitor's role. */
export function VisitExtras({ view: v }: { view: VisitView }) {
  return (
    <View className="co-visit">
      {v.followUp ? <StatusTag tone="follow">跟进家访</StatusTag> : null}
      {v.coVisitorNames.length ? <Text className="card__meta">{`共同家访：${v.coVisitorNames.map(teacher).join('、')}`}</Text> : null}
      {v.combinedSurvey ? <Text className="card__meta co-visit__survey">本次家访结合入户调查</Text> : null}
      {v.coVisitor ? <Text className="card__meta">{`您是共同家访人，时间由${teacher(v.teacherName)}和家长商定`}</Text> : null}
    </View>
  )
}

type Props = { view: VisitView; ask: (spec: ConfirmSpec) => void; onDone: () => void }

/** Colleagues asking to join: the visit's teacher answers each. */
export function JoinRequests({ view: v, ask, onDone }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!v.joinRequests.length) return null
  const answer = async (requestId: string, accept: boolean) => {
    setBusy(requestId)
    setError(null)
    const res = await visitsApi.answerJoin({ requestId, accept })
    setBusy(null)
    if (!res.ok) return setError(res.error.message)
    onDone()
  }
  return (
    <View className="card join-requests" aria-label="共同家访申请">
      <Text className="card__title">共同家访申请</Text>
      {v.joinRequests.map((j) => (
        <View key={j.requestId} className="join-requests__item">
          <Text className="card__meta">{`${teacher(j.staffName)}申请与您一起家访`}</Text>
          <View className="pair">
            <BigButton
              label={`同意${teacher(j.staffName)}一起家访`}
              loading={busy === j.requestId}
              onClick={() => void answer(j.requestId, true)}
            >
              同意
            </BigButton>
            <BigButton
              kind="default"
              label={`不同意${teacher(j.staffName)}一起家访`}
              disabled={busy === j.requestId}
              onClick={() =>
                ask({
                  title: '不同意这次申请？',
                  text: `${teacher(j.staffName)}会收到“这次不需要共同家访”的提醒，之后不能再改为同意。`,
                  confirmLabel: '不同意',
                  onConfirm: () => answer(j.requestId, false),
                })
              }
            >
              不同意
            </BigButton>
          </View>
        </View>
      ))}
      <FormError message={error} />
    </View>
  )
}
