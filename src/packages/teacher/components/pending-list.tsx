// Binding requests waiting for the head teacher, each with 通过 / 拒绝 (拒绝 asks first).
import { Text, View } from '@tarojs/components'
import { RELATION_LABELS } from '@/core/model/family.schema'
import type { CallOutput } from '@/client/api-core'
import { BigButton } from '@/client/ui/big-button'

export type Pending = CallOutput<'accounts', 'pendingBindings'>['pending'][number]

type Props = { pending: Pending[]; busy: string | null; onApprove: (p: Pending) => void; onReject: (p: Pending) => void }

export function PendingList({ pending, busy, onApprove, onReject }: Props) {
  if (pending.length === 0) return <Text className="card__meta pending-none">没有待审核的绑定申请</Text>
  return (
    <View>
      <Text className="section-title">{`待审核 ${pending.length}`}</Text>
      {pending.map((p) => (
        <View key={p.bindingId} className="card pending" aria-label={`${p.applicantName}申请绑定${p.studentName}`}>
          <Text className="card__title">{`${p.studentName}（${p.studentNo}）`}</Text>
          <Text className="card__meta">{`申请人：${p.applicantName} · ${RELATION_LABELS[p.relation]}`}</Text>
          <Text className="card__meta">{`提交于 ${p.createdAt.slice(0, 10)}`}</Text>
          <View className="pair">
            <BigButton label={`通过 ${p.studentName}`} loading={busy === p.bindingId} onClick={() => onApprove(p)}>
              通过
            </BigButton>
            <BigButton kind="default" label={`拒绝 ${p.studentName}`} disabled={busy === p.bindingId} onClick={() => onReject(p)}>
              拒绝
            </BigButton>
          </View>
        </View>
      ))}
    </View>
  )
}
