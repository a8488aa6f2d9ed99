// 家庭信息: every read is audited, so the teacher first says why; sensitive parts show only as returned.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { RELATION_LABELS, SPECIAL_CATEGORY_LABELS } from '@/core/model/family.schema'
import type { AppError } from '@/core/result'
import { READ_REASONS } from '@/core/contract/privacy.contract'
import type { CallOutput } from '@/client/api-core'
import { privacyApi } from '@/client/calls/privacy'
import { ArchiveLink } from '@/client/ui/archive-link'
import { BigButton } from '@/client/ui/big-button'
import { Choices, toOptions } from '@/client/ui/choice'
import { Screen } from '@/client/ui/screen'
import { ErrorState } from '@/client/ui/states'
import { usePageParams } from '@/client/use-page-params'
import { PhoneLink } from '@/client/ui/phone-link'

type Reason = keyof typeof READ_REASONS
type Profile = CallOutput<'privacy', 'familyProfile'>
const REASONS = toOptions(READ_REASONS)
const HIDDEN_NOTE = {
  consent_withdrawn: '家长已撤回敏感信息授权，家庭情况类别不再显示。',
  not_allowed: '按学校规定，您的角色看不到家庭情况类别。',
} as const

type Guardian = Profile['guardians'][number]
const reachWords = (g: Guardian) => (g.onWeChat ? '已绑定微信' : g.offline ? '无智能手机' : '未绑定微信')

/** A guardian: who, whether they are on WeChat, and their phone — a call link when the caller may see it in full. */
function GuardianRow({ g }: { g: Guardian }) {
  const who = `${g.name}（${RELATION_LABELS[g.relation]}）`
  return (
    <View className="row guardian-row">
      <View className="guardian-row__who">
        <Text className="row__main">{who}</Text>
        <Text className="row__side">{reachWords(g)}</Text>
      </View>
      {g.phone && !g.phoneMasked ? <PhoneLink phone={g.phone} who={who} /> : <Text className="row__side">{g.phone ?? '无手机号'}</Text>}
    </View>
  )
}

/** The student's name and class are the page's subtitle: not repeated here. */
function ProfileView({ p }: { p: Profile }) {
  return (
    <View>
      {p.address ? <Text className="card__meta">{`住址：${p.address}`}</Text> : null}
      <Text className="section-title">监护人</Text>
      {p.guardians.length === 0 ? <Text className="card__meta">未登记监护人</Text> : null}
      {p.guardians.map((g, i) => (
        <GuardianRow key={`${g.name}-${i}`} g={g} />
      ))}
      {p.siblings.length ? <Text className="section-title">在校兄弟姐妹</Text> : null}
      {p.siblings.map((s) => (
        <View key={s.studentId} className="row">
          <Text className="row__main">{s.name}</Text>
          <Text className="row__side">{s.className}</Text>
        </View>
      ))}
      {p.categories ? (
        <>
          <Text className="section-title">家庭情况</Text>
          <Text className="card__meta">
            {p.categories.length ? p.categories.map((c) => SPECIAL_CATEGORY_LABELS[c]).join('、') : '无特殊家庭类别'}
          </Text>
        </>
      ) : null}
      {p.sensitiveHidden !== 'visible' ? (
        <View className="notice-bar" role="note">
          <Text>{HIDDEN_NOTE[p.sensitiveHidden]}</Text>
        </View>
      ) : null}
    </View>
  )
}

export default function FamilyPage() {
  const params = usePageParams('teacherFamily')
  const { studentId } = params
  const [reason, setReason] = useState<Reason | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [profile, setProfile] = useState<Profile | null>(null)

  const open = async () => {
    if (!reason) return
    setBusy(true)
    setError(null)
    const res = await privacyApi.familyProfile({ studentId, reason })
    setBusy(false)
    if (res.ok) setProfile(res.data)
    else setError(res.error)
  }

  return (
    <Screen title="家庭信息" subtitle={profile ? `${profile.studentName} · ${profile.className}` : params.name}>
      {profile ? (
        <ProfileView p={profile} />
      ) : (
        <View>
          <Text className="lead">家庭信息受保护，每次查看都会记录。请选择查看原因：</Text>
          <Choices label="查看原因" options={REASONS} value={reason} onChange={setReason} />
          {error ? <ErrorState error={error} onRetry={() => void open()} /> : null}
          {error ? null : (
            <BigButton loading={busy} disabled={!reason} onClick={() => void open()}>
              查看家庭信息
            </BigButton>
          )}
        </View>
      )}
      <ArchiveLink studentId={studentId} name={profile?.studentName ?? params.name} withName={false} />
    </Screen>
  )
}
