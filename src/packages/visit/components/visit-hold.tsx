// Holding an agreed in-person visit (teacher side): check in (behind the prep gate, optionally naming a
// safety colleague), "我需要帮助" while there, check out with who took part.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SessionView } from '@/core/contract/visits-hold.contract'
import type { VisitView } from '@/core/contract/visits.contract'
import { formatLocal } from '@/core/time'
import { canCheckIn } from '@/core/visit/hold.rules'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import type { ConfirmSpec } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Loaded } from '@/client/ui/states'
import { CheckOutForm, type Staff } from './hold-check-out'
import { openRecord, startPassed } from './record-entry'
import { SafetyPicker } from './hold-safety-picker'

type Props = { view: VisitView; ask: (spec: ConfirmSpec) => void }
const hhmm = (iso: string) => formatLocal(iso, 'HH:mm')

/** Shown on an agreed home, at-school or group visit, to its teacher and co-visitors. */
export function VisitHold({ view: v, ask }: Props) {
  const holdable = v.mySide === 'teacher' && v.status === 'scheduled' && v.agreed !== null && canCheckIn(v.agreed.option.format)
  return holdable ? <HoldCard view={v} ask={ask} /> : null
}

function HoldCard({ view: v, ask }: Props) {
  const loaded = useApi(() => visitsApi.session({ visitId: v.visitId }), [v.visitId])
  const [fresh, setFresh] = useState<SessionView | null>(null)
  return (
    <View className="card hold" aria-label="家访签到">
      <Loaded state={loaded}>
        {(d) => {
          const s = fresh ?? d.session
          if (v.coVisitor)
            return (
              <Text className="card__meta">
                {s?.checkInAt ? `家访中 · 签到 ${hhmm(s.checkInAt)}` : '家访人签到后，这里会显示家访进行中'}
              </Text>
            )
          if (s?.checkOutAt) return <Done view={v} at={s.checkOutAt} />
          if (s?.checkInAt) return <InVisit view={v} session={s} staff={d.staff} ask={ask} onChange={setFresh} />
          return <CheckIn visitId={v.visitId} missing={d.prepMissing} onIn={setFresh} />
        }}
      </Loaded>
    </View>
  )
}

function CheckIn({ visitId, missing, onIn }: { visitId: string; missing: string[]; onIn: (s: SessionView) => void }) {
  const [contact, setContact] = useState<{ staffId: string; name: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (missing.length)
    return (
      <View className="hold__gate" role="status">
        <Text className="card__title">开始家访前，请先完成家访准备</Text>
        {missing.map((m) => (
          <Text key={m} className="hold__missing">{`· ${m}`}</Text>
        ))}
      </View>
    )
  const start = async () => {
    setBusy(true)
    setError(null)
    const res = await visitsApi.checkIn({ visitId, ...(contact ? { safetyContactId: contact.staffId } : {}) })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    onIn(res.data)
  }
  return (
    <View>
      <SafetyPicker visitId={visitId} value={contact} onChange={setContact} />
      <FormError message={error} />
      <BigButton loading={busy} onClick={() => void start()}>
        开始家访（签到）
      </BigButton>
      <Text className="card__meta">只记录签到和签退时间，不记录位置。</Text>
    </View>
  )
}

type InProps = {
  view: VisitView
  session: SessionView
  staff: Staff[]
  ask: (spec: ConfirmSpec) => void
  onChange: (s: SessionView) => void
}

function InVisit({ view: v, session: s, staff, ask, onChange }: InProps) {
  const [closing, setClosing] = useState(false)
  const [sent, setSent] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const who = s.safetyContactName ? `${s.safetyContactName}老师和学校联系人` : '学校联系人'
  const help = async () => {
    setError(null)
    const res = await visitsApi.needHelp({ visitId: v.visitId })
    if (!res.ok) return setError(res.error.message)
    setSent(`已通知：${res.data.notified.map((n) => (n === '学校联系人' ? n : `${n}老师`)).join('、')}`)
  }
  return (
    <View>
      <Text className="hold__state">{`家访中 · 签到 ${hhmm(s.checkInAt!)}`}</Text>
      <Text className="card__meta">{`约定结束 ${hhmm(s.expectedEndAt)}`}</Text>
      <Text className="card__meta">{s.safetyContactName ? `安全联系人：${s.safetyContactName}老师` : '未选安全联系人'}</Text>
      {sent ? (
        <View className="notice-bar" role="status">
          <Text>{sent}</Text>
        </View>
      ) : null}
      <FormError message={error} />
      <BigButton
        className="hold__help"
        onClick={() =>
          ask({
            title: '发送求助？',
            text: `将通知 ${who}：家访时间和大致区域。不会发送孩子姓名和详细地址。`,
            confirmLabel: '立即通知',
            onConfirm: help,
          })
        }
      >
        我需要帮助
      </BigButton>
      {closing ? (
        <CheckOutForm view={v} staff={staff} onDone={onChange} onCancel={() => setClosing(false)} />
      ) : (
        <BigButton kind="default" onClick={() => setClosing(true)}>
          结束家访（签退）
        </BigButton>
      )}
    </View>
  )
}

/** Checked out before the agreed start (checked in early): the record is offered here, not yet below. */
const Done = ({ view: v, at }: { view: VisitView; at: string }) => (
  <View role="status">
    <Text className="hold__state">{`已签退 ${hhmm(at)}`}</Text>
    <Text className="card__meta">请在5天内填写家访记录。</Text>
    {startPassed(v) ? null : <BigButton onClick={() => openRecord(v)}>填写家访记录</BigButton>}
  </View>
)
