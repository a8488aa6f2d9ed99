// 教职工与邀请: who has joined, a fresh invite code per person, and 停用 for people who left.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS } from '@/core/roles'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { CodeCard } from '@/client/ui/code-card'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

type Staff = CallOutput<'accounts', 'listStaff'>['staff'][number]
const PAGE_SIZE = 20

export default function StaffPage() {
  const [page, setPage] = useState(0)
  const list = useApi(() => accountsApi.listStaff({ page, pageSize: PAGE_SIZE }), [page])
  const { dialog, ask } = useConfirm()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [shown, setShown] = useState<{ staffId: string; name: string; code: string; expiresAt: string } | null>(null)

  const invite = async (s: Staff) => {
    setBusy(s.staffId)
    setError(null)
    const res = await accountsApi.createStaffInvite({ staffId: s.staffId })
    setBusy(null)
    if (!res.ok) return setError(res.error.message)
    setShown({ staffId: s.staffId, name: s.name, ...res.data })
  }

  const revoke = (s: Staff) =>
    ask({
      title: `停用${s.name}？`,
      text: `停用后，${s.name}将不能再登录家访助手，也看不到任何学生和家庭信息。已有的家访记录会保留。`,
      confirmLabel: '确定停用',
      onConfirm: async () => {
        const res = await accountsApi.revokeStaff({ staffId: s.staffId })
        if (!res.ok) setError(res.error.message)
        if (shown?.staffId === s.staffId) setShown(null)
        list.reload()
      },
    })

  return (
    <Screen title="教职工与邀请">
      {shown ? (
        <CodeCard
          title={`${shown.name}的教师邀请码`}
          code={shown.code}
          hint={`有效期至 ${shown.expiresAt.slice(0, 10)}。请把邀请码发给本人：在家访助手里选“我是老师”并输入。旧邀请码已作废。`}
        />
      ) : null}
      <FormError message={error} />
      <Loaded state={list} isEmpty={(d) => d.total === 0} empty={<EmptyState title="还没有教职工" hint="请先在“名单导入”里导入教职工" />}>
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 人`}</Text>
            {d.staff.map((s) => (
              <View key={s.staffId} className="card staff" aria-label={s.name}>
                <Text className="card__title">{s.name}</Text>
                <Text className="card__meta">{s.roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
                <Text className="card__meta">
                  {[s.phoneMasked ?? '无手机号', s.status === 'revoked' ? '已停用' : s.joined ? '已加入' : '未加入'].join(' · ')}
                </Text>
                {s.status === 'active' ? (
                  <View className="pair">
                    <BigButton kind="default" label={`为${s.name}生成邀请码`} loading={busy === s.staffId} onClick={() => void invite(s)}>
                      生成邀请码
                    </BigButton>
                    <BigButton kind="default" label={`停用${s.name}`} onClick={() => revoke(s)}>
                      停用
                    </BigButton>
                  </View>
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
