// 我的授权: each child's guardian and sensitive consent, give or withdraw (withdrawing asks first).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { CONSENT_LABELS } from '@/core/privacy/notice'
import { formatLocal } from '@/core/time'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { HOME_PATHS, pagePath } from '@/client/routes'
import { forgetMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { KeepDates } from '@/client/ui/keep-dates'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { leaveNotice } from '../../notice'

type Child = CallOutput<'accounts', 'myConsents'>['children'][number]
type Kind = 'guardian' | 'sensitive'

const CONSEQUENCE: Record<Kind, (name: string) => string> = {
  guardian: (n) => `撤回后，您将与${n}解除绑定，看不到孩子的家访信息；如需恢复，要重新申请绑定并由班主任审核。`,
  sensitive: (n) => `撤回后，老师将看不到${n}家的家庭情况类别（如留守、低保、单亲等），学校可能无法据此安排关爱帮扶。孩子的绑定不受影响。`,
}
const STATUS: Record<string, string> = { pending: '等待班主任审核', approved: '已绑定', rejected: '未通过审核' }

/** 2026年9月1日: a date in words (kept on one line), not 2026-09-01. */
const dateOf = (iso: string) => formatLocal(iso, 'YYYY年M月D日')

export default function ConsentsPage() {
  const consents = useApi(() => accountsApi.myConsents({}))
  const { dialog, ask } = useConfirm()
  const [error, setError] = useState<string | null>(null)

  const save = async (c: Child, kind: Kind, given: boolean) => {
    setError(null)
    const res = await accountsApi.setConsent({ studentId: c.studentId, kind, given })
    if (!res.ok) return setError(res.error.message)
    if (kind === 'guardian' && !given) {
      forgetMe()
      leaveNotice(`已撤回，您与${c.studentName}已解除绑定`)
      return void Taro.reLaunch({ url: HOME_PATHS.parent })
    }
    showToast(given ? '已同意' : '已撤回')
    consents.reload()
  }

  const withdraw = (c: Child, kind: Kind) =>
    ask({
      title: `撤回${kind === 'guardian' ? '监护人同意' : '敏感信息同意'}？`,
      text: CONSEQUENCE[kind](c.studentName),
      confirmLabel: '确定撤回',
      onConfirm: () => save(c, kind, false),
    })

  const row = (c: Child, kind: Kind) => {
    const state = c[kind]
    const given = state?.given === true
    // A refused or ended request has nothing left to withdraw or give (the server answers it as missing).
    const open = c.status !== 'rejected'
    return (
      <View className="consent" key={kind}>
        <Text className="consent__label">{CONSENT_LABELS[kind]}</Text>
        <KeepDates
          className={`consent__state ${given ? 'consent__state--given' : 'consent__state--off'}`}
          text={given ? `已同意 · ${dateOf(state!.at)}` : state ? `已撤回 · ${dateOf(state.at)}` : '未同意'}
        />
        {!open ? null : given ? (
          <BigButton kind="default" label={`撤回${c.studentName}的${CONSENT_LABELS[kind]}`} onClick={() => withdraw(c, kind)}>
            撤回
          </BigButton>
        ) : kind === 'sensitive' ? (
          <BigButton kind="default" label={`同意${c.studentName}的${CONSENT_LABELS[kind]}`} onClick={() => void save(c, kind, true)}>
            同意
          </BigButton>
        ) : null}
      </View>
    )
  }

  return (
    <Screen title="我的授权" large>
      <FormError message={error} />
      <Loaded
        state={{ ...consents, loading: consents.loading && consents.data === null }} // reloads in place after a change
        isEmpty={(d) => d.children.length === 0}
        empty={<EmptyState title="还没有授权记录" hint="绑定孩子时给出的同意会显示在这里" />}
      >
        {(d) => (
          <View>
            {d.children.map((c) => (
              <View key={c.studentId} className="card">
                <Text className="card__title">{c.studentName}</Text>
                <Text className="card__meta">{c.ended ? '申请已结束：该学生已不在本校名册中' : (STATUS[c.status] ?? c.status)}</Text>
                {row(c, 'guardian')}
                {row(c, 'sensitive')}
              </View>
            ))}
            <KeepDates className="card__meta consents__notice" text={`现在的隐私说明是${dateOf(d.noticeVersion)}版`} />
            <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('parentMyData') })}>
              查看学校保存的我的信息
            </BigButton>
          </View>
        )}
      </Loaded>
      {dialog}
    </Screen>
  )
}
