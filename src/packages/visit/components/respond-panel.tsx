// The forms behind 另约时间 / 不方便入户 / 改期 / 电话已约好 / 取消家访. State lives in the page, so a failed
// submit keeps what the user picked.
import { Text, View } from '@tarojs/components'
import type { CommandSchema, VisitView } from '@/core/contract/visits.contract'
import type { z } from 'zod'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { draftsToOptions, emptyDraft, type OptionDraft, type VisitFormat } from '@/client/visit-time'
import { OptionPicker } from './option-picker'

export type Mode = 'counter' | 'decline_home' | 'reschedule' | 'phone_agreement' | 'cancel'
export type Command = z.input<typeof CommandSchema>
export type PanelState = { mode: Mode; drafts: OptionDraft[]; text: string; guardianName: string }

const NON_HOME: VisitFormat[] = ['video', 'school', 'group']
const ALL: VisitFormat[] = ['home', 'video', 'school', 'group']

export const openPanel = (mode: Mode, view: VisitView): PanelState => {
  const format = view.homeDeclined ? 'video' : (view.options[0]?.format ?? view.agreed?.option.format ?? 'home')
  return { mode, drafts: mode === 'decline_home' || mode === 'cancel' ? [] : [emptyDraft(format)], text: '', guardianName: '' }
}

const TITLES: Record<Mode, string> = {
  counter: '另约时间',
  decline_home: '不方便入户，改用其他方式',
  reschedule: '改期',
  phone_agreement: '电话已约好',
  cancel: '取消家访',
}

/** The command for the server, or a message saying what is still missing. */
export function toCommand(p: PanelState): { ok: true; command: Command } | { ok: false; message: string } {
  if (p.mode === 'cancel') return p.text.trim() ? { ok: true, command: { kind: 'cancel', reason: p.text.trim() } } : { ok: false, message: '请填写取消原因' }
  if (p.mode === 'decline_home' && p.drafts.length === 0) return { ok: true, command: { kind: 'decline_home', options: [], text: p.text.trim() } }
  const checked = draftsToOptions(p.drafts)
  if (!checked.ok) return checked
  if (p.mode === 'phone_agreement') {
    if (!p.guardianName.trim()) return { ok: false, message: '请填写通话的家长' }
    return { ok: true, command: { kind: 'phone_agreement', option: checked.options[0]!, guardianName: p.guardianName.trim() } }
  }
  return { ok: true, command: { kind: p.mode, options: checked.options, text: p.text.trim() } }
}

type Props = {
  view: VisitView
  state: PanelState
  onChange: (s: PanelState) => void
  onSubmit: () => void
  onClose: () => void
  busy: boolean
  error: string | null
}

export function RespondPanel({ view, state, onChange, onSubmit, onClose, busy, error }: Props) {
  const { mode } = state
  const other = view.mySide === 'parent' ? '老师' : '家长'
  const formats = mode === 'decline_home' || view.homeDeclined ? NON_HOME : ALL
  const set = (patch: Partial<PanelState>) => onChange({ ...state, ...patch })
  const submitLabel = mode === 'cancel' ? '取消家访' : mode === 'phone_agreement' ? '记录电话约定' : `发给${other}`
  return (
    <View className="card panel" aria-label={TITLES[mode]}>
      <Text className="card__title">{TITLES[mode]}</Text>
      {mode === 'decline_home' ? <Text className="card__meta">{`可以直接告诉${other}不方便入户；也可以给一个视频、到校或分组的时间（可不填）。`}</Text> : null}
      {mode === 'phone_agreement' ? <Text className="card__meta">已经和家长在电话里说好了时间，在这里记下来，作为双方的约定。</Text> : null}
      {mode !== 'cancel' ? <OptionPicker drafts={state.drafts} onChange={(drafts) => set({ drafts })} formats={formats} max={mode === 'phone_agreement' ? 1 : 4} /> : null}
      {mode === 'phone_agreement' ? <Field label="通话的家长" value={state.guardianName} onInput={(guardianName) => set({ guardianName })} placeholder="家长姓名" maxlength={20} /> : null}
      {mode === 'cancel' ? (
        <Field label="取消原因" value={state.text} onInput={(text) => set({ text })} placeholder="请写一句取消的原因" maxlength={200} hint={`${other}会看到这个原因`} />
      ) : mode !== 'phone_agreement' ? (
        <Field label="留言（可不填）" value={state.text} onInput={(text) => set({ text })} placeholder={`想对${other}说的话`} maxlength={200} />
      ) : null}
      <FormError message={error} />
      <BigButton loading={busy} onClick={onSubmit}>
        {submitLabel}
      </BigButton>
      <BigButton kind="default" disabled={busy} onClick={onClose}>
        {mode === 'cancel' ? '先不取消' : '先不改了'}
      </BigButton>
    </View>
  )
}
