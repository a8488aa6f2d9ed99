// Binding a child in three steps: class code → privacy notice and consent → child's details.
// Everything typed stays in this page's state, so a failed submit (weak network) loses nothing.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Relation } from '@/core/model/family.schema'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { HOME_PATHS, pagePath } from '@/client/routes'
import { forgetMe } from '@/client/session'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { scrollToTop } from '@/client/ui/scroll'
import { showToast } from '@/client/ui/toast'
import { ChildStep, CodeStep, DoneStep, NoticeStep } from './steps'

export type Invite = CallOutput<'accounts', 'lookupClassInvite'> & { code: string }
export type ChildForm = { studentName: string; studentNo: string; relation: Relation | null; applicantName: string }
export type Consent = { guardian: boolean; sensitive: boolean }

type Step = 'code' | 'notice' | 'child' | 'done'
const EMPTY_CHILD: ChildForm = { studentName: '', studentNo: '', relation: null, applicantName: '' }
const TITLES: Record<Step, string> = { code: '绑定孩子 · 第1步', notice: '绑定孩子 · 第2步', child: '绑定孩子 · 第3步', done: '已提交' }

/** A class code from the link the parent opened (the QR code in H5, the share card in WeChat), if any. */
function linkedCode(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()
      .slice(0, 10)
  } catch {
    return ''
  }
}

export default function BindPage() {
  const { params } = useRouter()
  const [step, setStep] = useState<Step>('code')
  const [code, setCode] = useState(() => linkedCode(params.code))
  const [invite, setInvite] = useState<Invite | null>(null)
  const [consent, setConsent] = useState<Consent>({ guardian: false, sensitive: false })
  const [child, setChild] = useState<ChildForm>(EMPTY_CHILD)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [submitted, setSubmitted] = useState<{ studentName: string; status: 'pending' | 'approved' } | null>(null)

  const lookUp = async () => {
    setBusy(true)
    setError(null)
    const res = await accountsApi.lookupClassInvite({ code })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setInvite({ ...res.data, code })
    setStep('notice')
    scrollToTop() // a new step starts at its top, not where the last button was
  }

  const submit = async () => {
    if (!invite || !child.relation) return
    setBusy(true)
    setError(null)
    const res = await accountsApi.requestBinding({
      code: invite.code,
      studentName: child.studentName,
      studentNo: child.studentNo,
      relation: child.relation,
      applicantName: child.applicantName,
      noticeVersion: invite.noticeVersion,
      guardianConsent: true,
      sensitiveConsent: consent.sensitive,
    })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    forgetMe() // an approved binding adds the parent home
    setSubmitted({ studentName: res.data.studentName, status: res.data.status })
    setStep('done')
    showToast(res.data.status === 'approved' ? '已绑定' : '已提交绑定申请')
    scrollToTop()
  }

  /** Another child (a sibling): keep who you are; consent is per child, so it is asked again. */
  const another = () => {
    setChild((c) => ({ ...EMPTY_CHILD, relation: c.relation, applicantName: c.applicantName }))
    setConsent({ guardian: false, sensitive: false })
    setCode('')
    setInvite(null)
    setError(null)
    setStep('code')
    scrollToTop()
  }

  const back = (to: Step) => () => {
    setError(null)
    setStep(to)
    scrollToTop()
  }

  return (
    <Screen title={TITLES[step]} subtitle={invite && step !== 'code' ? `${invite.schoolName} ${invite.className}` : null} large>
      {step === 'code' ? <CodeStep code={code} setCode={setCode} busy={busy} error={error} onNext={() => void lookUp()} /> : null}
      {step === 'notice' && invite ? (
        <NoticeStep
          consent={consent}
          setConsent={setConsent}
          noticeVersion={invite.noticeVersion}
          onNext={back('child')}
          onBack={back('code')}
        />
      ) : null}
      {step === 'child' ? (
        <ChildStep form={child} setForm={setChild} busy={busy} error={error} onSubmit={() => void submit()} onBack={back('notice')} />
      ) : null}
      {step === 'done' && submitted ? (
        <>
          <DoneStep studentName={submitted.studentName} approved={submitted.status === 'approved'} />
          <FreeTimePrompt />
          <BigButton onClick={() => void Taro.reLaunch({ url: HOME_PATHS.parent })}>回到首页</BigButton>
          <BigButton kind="default" onClick={another}>
            再绑定一个孩子
          </BigButton>
        </>
      ) : null}
    </Screen>
  )
}

/** Right after binding: the one thing that helps the teacher next, and that can wait. */
function FreeTimePrompt() {
  return (
    <View className="card">
      <Text className="card__title">告诉老师您方便家访的时间</Text>
      <Text className="card__meta">比如工作日晚上、周末上午。老师约家访时会优先选这些时间。也可以以后在首页再选。</Text>
      <BigButton onClick={() => void Taro.redirectTo({ url: pagePath('parentAvailability') })}>选择方便的时间</BigButton>
    </View>
  )
}
