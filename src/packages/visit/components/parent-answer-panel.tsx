// A parent's 另约时间 / 改期 / 不方便入户: the message first, then ONE time (or, after declining a home
// visit, none: the teacher will offer another way). One box, no nested cards, formats a parent can use.
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { BigButton } from '@/client/ui/big-button'
import { Choices } from '@/client/ui/choice'
import { Field, FormError } from '@/client/ui/field'
import { newDraft, TITLES, type PanelState } from '@/client/visit-panel'
import { PARENT_FORMATS } from '@/client/visit-time'
import { ParentTimePicker } from './parent-time-picker'

/** What the visit page hands either answer form (the parent's and the general one). */
export type PanelProps = {
  view: VisitView
  state: PanelState
  onChange: (s: PanelState) => void
  onSubmit: () => void
  onClose: () => void
  busy: boolean
  error: string | null
}

export function ParentAnswerPanel({ view, state, onChange, onSubmit, onClose, busy, error }: PanelProps) {
  const { mode } = state
  const set = (patch: Partial<PanelState>) => onChange({ ...state, ...patch })
  const declining = mode === 'decline_home'
  const formats = declining || view.homeDeclined ? PARENT_FORMATS.filter((f) => f !== 'home') : PARENT_FORMATS
  const draft = state.drafts[0] ?? null
  return (
    <View className="card panel" aria-label={TITLES[mode]}>
      <Text className="card__title">{TITLES[mode]}</Text>
      {declining ? <Text className="card__meta">可以直接告诉老师不方便入户，老师会换一种方式再约。</Text> : null}
      <Field
        label="想对老师说的话（可不填）"
        value={state.text}
        onInput={(text) => set({ text })}
        placeholder="想对老师说的话"
        maxlength={200}
      />
      {declining ? (
        <Choices
          label="要不要给老师一个时间"
          options={[
            { value: 'teacher', label: '请老师再约' },
            { value: 'mine', label: '我来给一个时间' },
          ]}
          value={draft ? 'mine' : 'teacher'}
          onChange={(v) => set({ drafts: v === 'mine' ? [newDraft(mode, view)] : [] })}
        />
      ) : null}
      {draft ? <ParentTimePicker draft={draft} onChange={(d) => set({ drafts: [d] })} formats={formats} /> : null}
      <FormError message={error} />
      <BigButton loading={busy} onClick={onSubmit}>
        发给老师
      </BigButton>
      <BigButton kind="default" disabled={busy} onClick={onClose}>
        先不改了
      </BigButton>
    </View>
  )
}
