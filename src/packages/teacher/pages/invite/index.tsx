// Head teacher: the binding requests waiting for a decision first, then the class code to hand out —
// copied, shared as a WeChat card, or scanned.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { RELATION_LABELS } from '@/core/model/family.schema'
import { accountsApi } from '@/client/calls/accounts'
import { combine, useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { ClassCode } from '../../components/class-code'
import { PendingList, type Pending } from '../../components/pending-list'

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
    if (res.ok) showToast(approve ? `已通过${p.studentName}的绑定申请` : '已拒绝')
    else setError(res.error.message)
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
        if (res.ok) showToast('已换成新邀请码')
        else setError(res.error.message)
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

  // One loading and one error for both reads; a reload after a decision keeps the page in place.
  const both = combine(invite, pending)
  return (
    <Screen title="家长邀请" subtitle={invite.data?.className ?? params.name}>
      <FormError message={error} />
      <Loaded state={{ ...both, loading: both.loading && both.data === null }}>
        {([code, waiting]) => (
          <View>
            <PendingList pending={waiting.pending} busy={busy} onApprove={(p) => void decide(p, true)} onReject={reject} />
            <ClassCode code={code.code} className={code.className} qrFileUrl={code.qrFileUrl} />
            <BigButton kind="default" label="换一个邀请码" onClick={() => rotate(code.code)}>
              邀请码泄露了？换一个
            </BigButton>
          </View>
        )}
      </Loaded>
      {dialog}
    </Screen>
  )
}
