import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { ROLE_LABELS } from '@/core/roles'

type Joined = CallOutput<'accounts', 'joinAsStaff'>

/** A teacher types the code the school admin gave them; the account gets its staff roles. */
export function JoinAsStaff({ onBack, onJoined }: { onBack: () => void; onJoined: () => void }) {
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [joined, setJoined] = useState<Joined | null>(null)

  const submit = async () => {
    setBusy(true)
    setError(null)
    const res = await accountsApi.joinAsStaff({ code })
    setBusy(false)
    if (res.ok) setJoined(res.data)
    else setError(res.error.message)
  }

  if (joined) {
    return (
      <Screen home title="已加入学校" large>
        <View className="card">
          <Text className="card__title">{`${joined.staffName}，欢迎您`}</Text>
          <Text className="card__meta">{joined.schoolName}</Text>
          <Text className="card__meta">{joined.roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
        </View>
        <BigButton onClick={onJoined}>进入家访助手</BigButton>
      </Screen>
    )
  }
  return (
    <Screen home title="老师加入学校" subtitle="请输入学校管理员发给您的邀请码" large>
      <Field
        label="教师邀请码"
        value={code}
        onInput={(v) => setCode(v.trim().toUpperCase())}
        placeholder="6到10位字母或数字"
        maxlength={10}
      />
      <FormError message={error} />
      <BigButton loading={busy} disabled={code.length < 6} onClick={() => void submit()}>
        加入学校
      </BigButton>
      <BigButton kind="default" onClick={onBack}>
        返回
      </BigButton>
    </Screen>
  )
}
