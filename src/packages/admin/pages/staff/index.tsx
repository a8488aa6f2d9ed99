// 教职工与邀请: who has joined, an invite code for whoever has not, and 停用 for people who left.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatLocal } from '@/core/time'
import { accountsApi } from '@/client/calls/accounts'
import { useApi } from '@/client/use-api'
import { CodeCard } from '@/client/ui/code-card'
import { useConfirm } from '@/client/ui/confirm'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { StaffCard, type Staff } from './staff-card'

const PAGE_SIZE = 20
type Shown = { staffId: string; name: string; code: string; expiresAt: string }

export default function StaffPage() {
  const [page, setPage] = useState(0)
  const list = useApi(() => accountsApi.listStaff({ page, pageSize: PAGE_SIZE }), [page])
  const { dialog, ask } = useConfirm()
  const [busy, setBusy] = useState<string | null>(null)
  // A failure is shown on the card it is about, where the admin is looking.
  const [error, setError] = useState<{ staffId: string; message: string } | null>(null)
  const [shown, setShown] = useState<Shown | null>(null)

  const invite = async (s: Staff) => {
    setBusy(s.staffId)
    setError(null)
    const res = await accountsApi.createStaffInvite({ staffId: s.staffId })
    setBusy(null)
    if (!res.ok) return setError({ staffId: s.staffId, message: res.error.message })
    setShown({ staffId: s.staffId, name: s.name, ...res.data })
    showToast('已生成邀请码')
  }

  const revoke = (s: Staff) =>
    ask({
      title: `停用${s.name}？`,
      text: `停用后，${s.name}将不能再登录家访助手，也看不到任何学生和家庭信息。已有的家访记录会保留。`,
      confirmLabel: '确定停用',
      onConfirm: async () => {
        setError(null)
        const res = await accountsApi.revokeStaff({ staffId: s.staffId })
        if (!res.ok) return setError({ staffId: s.staffId, message: res.error.message })
        if (shown?.staffId === s.staffId) setShown(null)
        showToast(`已停用${s.name}`)
        list.reload()
      },
    })

  // A reload after 停用 keeps the list on screen (no spinner, no jump to the top).
  const state = { ...list, loading: list.loading && !list.data }
  return (
    <Screen title="教职工与邀请" subtitle="还没加入的老师：生成邀请码，发给本人">
      <Loaded state={state} isEmpty={(d) => d.total === 0} empty={<EmptyState title="还没有教职工" hint="请先在“名单导入”里导入教职工" />}>
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 人`}</Text>
            {d.staff.map((s) => (
              <View key={s.staffId}>
                <StaffCard
                  // The code just made counts as sent: the card offers 重新生成 without a reload.
                  staff={shown?.staffId === s.staffId ? { ...s, inviteCode: shown.code } : s}
                  busy={busy === s.staffId}
                  error={error?.staffId === s.staffId ? error.message : null}
                  onInvite={() => void invite(s)}
                  onRevoke={() => revoke(s)}
                />
                {shown?.staffId === s.staffId ? (
                  <CodeCard
                    title={`${shown.name}的教师邀请码`}
                    code={shown.code}
                    hint={`有效期至 ${formatLocal(shown.expiresAt, 'M月D日')}。请把邀请码发给本人：在家访助手里选“我是老师”并输入。旧邀请码已作废。`}
                  />
                ) : null}
              </View>
            ))}
            <Pager page={page} total={d.total} pageSize={PAGE_SIZE} onPage={setPage} />
          </View>
        )}
      </Loaded>
      {dialog}
    </Screen>
  )
}
