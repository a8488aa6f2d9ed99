// Check-out: who took part — the family's registered guardians (in person or remotely) and the staff
// who came (the visitor and co-visitors).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SessionView } from '@/core/contract/visits-hold.contract'
import type { VisitView } from '@/core/contract/visits.contract'
import { PRESENCE_LABELS, type PRESENCES } from '@/core/visit/hold.rules'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import { CheckRow } from '@/client/ui/check-row'
import { Choices, toOptions } from '@/client/ui/choice'
import { FormError } from '@/client/ui/field'

export type Staff = { staffId: string; name: string }
type Presence = (typeof PRESENCES)[number]
type Props = { view: VisitView; staff: Staff[]; onDone: (s: SessionView) => void; onCancel: () => void }

export function CheckOutForm({ view: v, staff, onDone, onCancel }: Props) {
  const guardians = v.family?.guardians ?? []
  const [present, setPresent] = useState<Record<string, Presence>>({})
  const [came, setCame] = useState<string[]>(staff.map((s) => s.staffId))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const toggle = (id: string, on: boolean) => setPresent(({ [id]: _, ...rest }) => (on ? { ...rest, [id]: 'in_person' } : rest))
  const send = async () => {
    setBusy(true)
    setError(null)
    const chosen = Object.entries(present).map(([guardianId, presence]) => ({ guardianId, presence }))
    const res = await visitsApi.checkOut({ visitId: v.visitId, participants: { guardians: chosen, staffIds: came } })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    onDone(res.data)
  }
  return (
    <View className="hold__form" aria-label="签退：参加人员">
      <Text className="card__title">谁参加了这次家访？</Text>
      <Text className="field__label">家长</Text>
      {guardians.map((g) => (
        <View key={g.guardianId} className="hold__guardian">
          <CheckRow checked={g.guardianId in present} onChange={(on) => toggle(g.guardianId, on)} title={g.name} />
          {present[g.guardianId] ? (
            <Choices
              label={`${g.name}：在场还是远程`}
              options={toOptions(PRESENCE_LABELS)}
              value={present[g.guardianId]!}
              onChange={(p) => setPresent((all) => ({ ...all, [g.guardianId]: p }))}
            />
          ) : null}
        </View>
      ))}
      <Text className="field__label">老师</Text>
      {staff.map((s) => (
        <CheckRow
          key={s.staffId}
          checked={came.includes(s.staffId)}
          onChange={(on) => setCame((all) => (on ? [...all, s.staffId] : all.filter((x) => x !== s.staffId)))}
          title={`${s.name}老师`}
        />
      ))}
      <FormError message={error} />
      <BigButton loading={busy} onClick={() => void send()}>
        确认签退
      </BigButton>
      <BigButton kind="default" disabled={busy} onClick={onCancel}>
        还没结束
      </BigButton>
    </View>
  )
}
