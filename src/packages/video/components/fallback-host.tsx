// The host's side of the fallback panel: register / open Tencent Meeting, phone a guardian. Each way
// is recorded (`fallback`) only after it actually opened, so the visit shows the format really used.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { FALLBACK_LABELS, MEETING_NUMBER, type Fallback } from '@/core/video/video.schema'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { meetingDigits } from '@/client/dial-links'
import type { Dial, DialOutcome } from '@/client/dial.types'
import type { FallbackPanelProps } from './fallback-panel'
import { MeetingNumberCard } from './meeting-number-card'

type Props = FallbackPanelProps & { dial: Dial }

const NOT_OPENED: Record<Exclude<DialOutcome, 'opened'>, string | null> = {
  cancelled: null,
  failed: '没能打开，请换一种方式，或稍后再试',
}

export function HostFallbacks(props: Props) {
  const { room, dial } = props
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  /** Runs one way end to end; the error line shows what went wrong, in Chinese. */
  const run = async (key: string, step: () => Promise<string | null>) => {
    if (busy) return
    setBusy(key)
    setError(null)
    try {
      setError(await step())
    } finally {
      setBusy(null)
    }
  }
  const record = async (via: Fallback, outcome: DialOutcome) => {
    if (outcome !== 'opened') return NOT_OPENED[outcome]
    const saved = await props.onFallback(via)
    if (!saved.ok) return saved.error.message
    props.onRoom?.(saved.data)
    return null
  }
  const openMeeting = (n: string) => run('meeting', async () => record('meeting', await dial.openMeeting(n)))
  const phone = (guardianId: string) =>
    run(`phone:${guardianId}`, async () => {
      const revealed = await props.onRevealPhone(guardianId)
      if (!revealed.ok) return revealed.error.message
      return record('phone', await dial.call(revealed.data.phone))
    })

  return (
    <>
      <FormError message={error} />
      {room.meetingNumber ? (
        <MeetingNumberCard
          meetingNumber={room.meetingNumber}
          dial={dial}
          openLabel="改用腾讯会议"
          onOpen={() => void openMeeting(room.meetingNumber!)}
        />
      ) : null}
      <MeetingForm {...props} registered={room.meetingNumber !== null} />
      <View className="card fallback__card">
        <Text className="card__title">打电话给家长</Text>
        {room.phoneTargets.length === 0 ? <Text className="card__meta">这家还没有登记家长电话。</Text> : null}
        {room.phoneTargets.map((t) => (
          <BigButton key={t.guardianId} kind="default" loading={busy === `phone:${t.guardianId}`} onClick={() => void phone(t.guardianId)}>
            {`打电话给${t.label}`}
          </BigButton>
        ))}
        <Text className="card__meta">号码只在拨打时显示，查看会被记录。</Text>
      </View>
      {room.fallbacks.length > 0 ? (
        <View role="status">
          <Text className="card__meta">{`已登记改用：${[...new Set(room.fallbacks.map((f) => FALLBACK_LABELS[f.via]))].join('、')}`}</Text>
        </View>
      ) : null}
    </>
  )
}

/** 登记腾讯会议号: checked here as the server checks it, so a typo is caught before sending. */
function MeetingForm({ onSetMeeting, onRoom, registered }: Props & { registered: boolean }) {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const submit = async () => {
    if (!MEETING_NUMBER.test(meetingDigits(value))) return setError('腾讯会议号是 9 到 12 位数字，请对照会议邀请再输入')
    setSaving(true)
    const saved = await onSetMeeting(meetingDigits(value))
    setSaving(false)
    if (!saved.ok) return setError(saved.error.message)
    setError(null)
    setValue('')
    onRoom?.(saved.data)
  }
  return (
    <View className="card fallback__card">
      <Text className="card__title">{registered ? '更换腾讯会议号' : '登记腾讯会议号'}</Text>
      <Text className="card__meta">在腾讯会议里预定会议后，把会议号填在这里，家长就能在等候页看到。</Text>
      <Field label="腾讯会议号" type="number" maxlength={20} value={value} onInput={setValue} placeholder="例如 123 456 789" />
      <FormError message={error} />
      <BigButton kind="default" loading={saving} onClick={() => void submit()}>
        {registered ? '更换会议号' : '登记会议号'}
      </BigButton>
    </View>
  )
}
