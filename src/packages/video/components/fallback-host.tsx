// The host's side of the fallback panel: register / open Tencent Meeting, phone a guardian. Each way
// is recorded (`fallback`) only after it actually opened, so the visit shows the format really used.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { FALLBACK_LABELS, MEETING_NUMBER, type Fallback } from '@/core/video/video.schema'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { showToast } from '@/client/ui/toast'
import { meetingDigits } from '@/client/dial-links'
import type { Dial } from '@/client/dial.types'
import type { FallbackPanelProps } from './fallback-panel'
import { meetingFallback, phoneFallback, type FallbackOutcome } from './fallback-steps'
import { MeetingNumberCard } from './meeting-number-card'

type Props = FallbackPanelProps & { dial: Dial }

export function HostFallbacks(props: Props) {
  const { room, dial } = props
  // The error shows beside the way that failed (the panel is long at 150 % text).
  const [error, setError] = useState<{ at: Fallback; message: string } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  /** Runs one way end to end; an error shows beside it, a recorded way in a toast and at the top. */
  const run = async (at: Fallback, key: string, step: () => Promise<FallbackOutcome>) => {
    if (busy) return
    setBusy(key)
    setError(null)
    try {
      const out = await step()
      setError(out.error ? { at, message: out.error } : null)
      if (out.room) {
        props.onRoom?.(out.room)
        showToast(`已登记：改用${FALLBACK_LABELS[at]}`)
      }
    } finally {
      setBusy(null)
    }
  }
  const openMeeting = (n: string) => run('meeting', 'meeting', () => meetingFallback(props, n))
  const phone = (guardianId: string) => run('phone', `phone:${guardianId}`, () => phoneFallback(props, guardianId))

  return (
    <>
      {room.fallbacks.length > 0 ? (
        <View role="status">
          <Text className="card__meta">{`已登记改用：${[...new Set(room.fallbacks.map((f) => FALLBACK_LABELS[f.via]))].join('、')}`}</Text>
        </View>
      ) : null}
      <FormError message={error?.at === 'meeting' ? error.message : null} />
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
        <FormError message={error?.at === 'phone' ? error.message : null} />
        <Text className="card__meta">号码只在拨打时显示，查看会被记录。</Text>
      </View>
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
      <Field
        label="腾讯会议号"
        maxlength={20}
        value={value}
        onInput={setValue}
        placeholder="例如 123 456 789"
        hint="可以直接粘贴会议邀请里的会议号"
      />
      <FormError message={error} />
      <BigButton kind="default" loading={saving} onClick={() => void submit()}>
        {registered ? '更换会议号' : '登记会议号'}
      </BigButton>
    </View>
  )
}
