import { Text, View } from '@tarojs/components'
import { RELATION_LABELS } from '@/core/model/family.schema'
import { CONSENT_LABELS, PRIVACY_NOTICE } from '@/core/privacy/notice'
import { formatLocal } from '@/core/time'
import { BigButton } from '@/client/ui/big-button'
import { CheckRow } from '@/client/ui/check-row'
import { KeepDates } from '@/client/ui/keep-dates'
import { Choices, toOptions } from '@/client/ui/choice'
import { Field, FormError } from '@/client/ui/field'
import type { ChildForm, Consent } from './index'

const RELATIONS = toOptions(RELATION_LABELS)

/** Said right under a disabled button: what is still missing before it can be tapped. */
const Missing = ({ text }: { text: string | null }) => (text ? <Text className="field__hint missing">{text}</Text> : null)

const codeMissing = (code: string) =>
  code.length === 0 ? '请先填写班级邀请码' : code.length < 6 ? '邀请码是6到10位字母或数字，请核对班主任发的邀请码' : null

/** The child step's empty fields, in the order they appear. */
export function childMissing(form: ChildForm): string | null {
  const missing = [
    form.studentName.trim() ? null : '孩子姓名',
    form.studentNo.trim() ? null : '孩子学号',
    form.relation ? null : '您和孩子的关系',
    form.applicantName.trim() ? null : '您的姓名',
  ].filter(Boolean)
  return missing.length ? `请先填好：${missing.join('、')}` : null
}

export function CodeStep(p: { code: string; setCode: (v: string) => void; busy: boolean; error: string | null; onNext: () => void }) {
  return (
    <View>
      <Text className="lead">请输入班主任发给您的班级邀请码</Text>
      <Field
        label="班级邀请码"
        value={p.code}
        onInput={(v) => p.setCode(v.trim().toUpperCase())}
        placeholder="6到10位字母或数字"
        maxlength={10}
      />
      <FormError message={p.error} />
      <BigButton loading={p.busy} disabled={codeMissing(p.code) !== null} onClick={p.onNext}>
        下一步
      </BigButton>
      <Missing text={codeMissing(p.code)} />
    </View>
  )
}

export function NoticeStep(p: {
  consent: Consent
  setConsent: (c: Consent) => void
  noticeVersion: string
  onNext: () => void
  onBack: () => void
}) {
  const { consent, setConsent } = p
  return (
    <View>
      <View className="card notice">
        <Text className="card__title">{PRIVACY_NOTICE.title}</Text>
        <KeepDates className="card__meta" text={`${formatLocal(p.noticeVersion, 'YYYY年M月D日')}版`} />
        {PRIVACY_NOTICE.sections.map((s) => (
          <View key={s.heading} className="notice__section">
            <Text className="notice__heading">{s.heading}</Text>
            <Text className="notice__text">{s.text}</Text>
          </View>
        ))}
      </View>
      <CheckRow
        checked={consent.guardian}
        onChange={(v) => setConsent({ ...consent, guardian: v })}
        title={`我同意：${CONSENT_LABELS.guardian}`}
        hint="必须同意才能绑定孩子"
      />
      <CheckRow
        checked={consent.sensitive}
        onChange={(v) => setConsent({ ...consent, sensitive: v })}
        title={`我同意：${CONSENT_LABELS.sensitive}`}
        hint="可以不选。不同意时，老师看不到您家的家庭情况类别，学校可能无法为您家安排需要的关爱帮扶；以后可以在“我的授权”里修改。"
      />
      <BigButton disabled={!consent.guardian} onClick={p.onNext}>
        同意并继续
      </BigButton>
      <Missing text={consent.guardian ? null : '请先勾选监护人同意'} />
      <BigButton kind="default" onClick={p.onBack}>
        上一步
      </BigButton>
    </View>
  )
}

export function ChildStep(p: {
  form: ChildForm
  setForm: (f: ChildForm) => void
  busy: boolean
  error: string | null
  onSubmit: () => void
  onBack: () => void
}) {
  const { form, setForm } = p
  const set =
    <K extends keyof ChildForm>(k: K) =>
    (v: ChildForm[K]) =>
      setForm({ ...form, [k]: v })
  const missing = childMissing(form)
  return (
    <View>
      <Field label="孩子姓名" value={form.studentName} onInput={set('studentName')} maxlength={20} />
      <Field label="孩子学号" value={form.studentNo} onInput={set('studentNo')} maxlength={20} hint="学号可以问班主任" />
      <Choices label="您是孩子的" options={RELATIONS} value={form.relation} onChange={set('relation')} />
      <Field label="您的姓名" value={form.applicantName} onInput={set('applicantName')} maxlength={20} />
      <FormError message={p.error} />
      <BigButton loading={p.busy} disabled={missing !== null} onClick={p.onSubmit}>
        提交绑定申请
      </BigButton>
      <Missing text={missing} />
      <BigButton kind="default" onClick={p.onBack}>
        上一步
      </BigButton>
    </View>
  )
}

export function DoneStep({ studentName, approved }: { studentName: string; approved: boolean }) {
  return (
    <View className="card">
      <Text className="card__title">{approved ? `已绑定${studentName}` : '已提交，等待班主任审核'}</Text>
      <Text className="card__meta">{approved ? '现在可以在首页看到孩子了。' : `${studentName}的班主任通过后，您就能在首页看到孩子。`}</Text>
    </View>
  )
}
