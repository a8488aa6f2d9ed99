// Head teacher: the class code parents bind with, and the requests waiting for a decision.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { RELATION_LABELS } from '@/core/model/family.schema'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { CodeCard } from '@/client/ui/code-card'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

type Pending = CallOutput<'accounts', 'pendingBindings'>['pending'][number]

export default function InvitePage() {
  const params = usePageParams('teacherInvite')
  const { classId } = params
  const invite = useApi(() => accountsApi.classInvite({ classId }), [classId])
  const pending = useApi(() => accountsApi.pendingBindings({ classId }), [classId])
  const { dialog, ask } = useConfirm()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const decide = async (p: Pending, approve: boolean) => {
    setBusy(p.bindingId)
    setError(null)
    const res = await accountsApi.decideBinding({ bindingId: p.bindingId, version: p.version, approve })
    setBusy(null)
    if (!res.ok) setError(res.error.message)
    pending.reload() // a conflict means someone else decided: show the fresh list either way
  }

  const rotate = (code: string) =>
    ask({
      title: '换一个邀请码？',
      text: '旧邀请码会立即失效，还没绑定的家长需要用新邀请码。已经提交的申请不受影响。',
      confirmLabel: '换新邀请码',
      onConfirm: async () => {
        setError(null)
        const res = await accountsApi.rotateClassInvite({ classId, code })
        if (!res.ok) setError(res.error.message)
        invite.reload()
      },
    })

  const reject = (p: Pending) =>
    ask({
      title: '拒绝这条绑定申请？',
      text: `${p.applicantName}（${RELATION_LABELS[p.relation]}）将不能绑定${p.studentName}，需要重新申请。`,
      confirmLabel: '确定拒绝',
      onConfirm: () => decide(p, false),
    })

  return (
    <Screen title="家长邀请" subtitle={invite.data?.className ?? params.name}>
      <Loaded state={invite}>
        {(d) => (
          <View>
            <CodeCard
              title="班级邀请码"
              code={d.code}
              qrUrl={d.qrFileUrl}
              hint="请把邀请码发给家长：在家访助手里选“我是家长”，输入邀请码并填写孩子的姓名和学号。"
            />
            <BigButton kind="default" label="换一个邀请码" onClick={() => rotate(d.code)}>
              邀请码泄露了？换一个
            </BigButton>
          </View>
        )}
      </Loaded>
      <Text className="section-title">待审核</Text>
      <FormError message={error} />
      <Loaded state={pending} isEmpty={(d) => d.pending.length === 0} empty={<EmptyState title="没有待审核的申请" />}>
        {(d) => (
          <View>
            {d.pending.map((p) => (
              <View key={p.bindingId} className="card pending" aria-label={`${p.applicantName}申请绑定${p.studentName}`}>
                <Text className="card__title">{`${p.studentName}（${p.studentNo}）`}</Text>
                <Text className="card__meta">{`申请人：${p.applicantName} · ${RELATION_LABELS[p.relation]}`}</Text>
                <Text className="card__meta">{`提交于 ${p.createdAt.slice(0, 10)}`}</Text>
                <View className="pair">
                  <BigButton label={`通过 ${p.studentName}`} loading={busy === p.bindingId} onClick={() => void decide(p, true)}>
                    通过
                  </BigButton>
                  <BigButton kind="default" label={`拒绝 ${p.studentName}`} disabled={busy === p.bindingId} onClick={() => reject(p)}>
                    拒绝
                  </BigButton>
                </View>
              </View>
            ))}
          </View>
        )}
      </Loaded>
      {dialog}
    </Screen>
  )
}
