import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '@/core/roles'
import type { CallOutput } from '@/client/api-core'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'

export type Staff = CallOutput<'accounts', 'listStaff'>['staff'][number]

const status = (s: Staff) => (s.status === 'revoked' ? '已停用' : s.joined ? '已加入' : s.inviteCode ? '已发邀请码，还没有加入' : '未加入')

/**
 * One person: who, which roles, joined or not. Only someone who has not joined gets an invite
 * button; 停用 is a quiet link (it asks first), never on the admin's own card.
 */
export function StaffCard(props: { staff: Staff; busy: boolean; error: string | null; onInvite: () => void; onRevoke: () => void }) {
  const { staff: s, busy, error, onInvite, onRevoke } = props
  const active = s.status === 'active'
  return (
    <View className="card staff" aria-label={s.name}>
      <Text className="card__title">{s.name}</Text>
      <Text className="card__meta">{s.roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
      <View className="staff__foot">
        <Text className="card__meta">{[s.phoneMasked ?? '无手机号', status(s)].join(' · ')}</Text>
        {active && !s.self ? (
          <View className="staff__revoke" role="button" aria-label={`停用${s.name}`} onClick={onRevoke}>
            <Text>停用账号</Text>
          </View>
        ) : null}
      </View>
      <FormError message={error} />
      {active && !s.joined ? (
        <BigButton kind="default" label={`为${s.name}生成邀请码`} loading={busy} onClick={onInvite}>
          {s.inviteCode ? '重新生成邀请码' : '生成邀请码'}
        </BigButton>
      ) : null}
    </View>
  )
}
