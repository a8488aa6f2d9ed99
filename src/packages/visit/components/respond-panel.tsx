// The forms behind 另约时间 / 不方便入户 / 改期 / 电话已约好 / 取消家访. State lives in the page, so a failed
// submit keeps what the user picked. A parent's time answers have their own, smaller form.
import { Text, View } from '@tarojs/components'
import { NON_HOME_FORMATS, VISIT_FORMATS } from '@/core/model/visit.schema'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import type { VisitFormat } from '@/client/visit-time'
import { TITLES, type PanelState } from '@/client/visit-panel'
import { GuardianPicker, hasGuardians } from './guardian-picker'
import { OptionPicker } from './option-picker'
import { ParentAnswerPanel, type PanelProps } from './parent-answer-panel'

export function RespondPanel(props: PanelProps) {
  const { view, state, onChange, onSubmit, onClose, busy, error } = props
  const { mode } = state
  if (view.mySide === 'parent' && mode !== 'cancel') return <ParentAnswerPanel {...props} />
  const other = view.mySide === 'parent' ? '老师' : '家长'
  const formats: readonly VisitFormat[] = view.homeDeclined ? NON_HOME_FORMATS : VISIT_FORMATS
  const set = (patch: Partial<PanelState>) => onChange({ ...state, ...patch })
  // A phone agreement needs a registered guardian to name: without one there is nothing to submit yet.
  const blocked = mode === 'phone_agreement' && !hasGuardians(view.family)
  const submitLabel = mode === 'cancel' ? '取消家访' : mode === 'phone_agreement' ? '记录电话约定' : `发给${other}`
  const title = mode === 'counter' && view.homeDeclined ? '换一种方式再约' : TITLES[mode]
  return (
    <View className="card panel" aria-label={title}>
      <Text className="card__title">{title}</Text>
      {mode === 'phone_agreement' ? <Text className="card__meta">已经和家长在电话里说好了时间，在这里记下来，作为双方的约定。</Text> : null}
      {mode === 'counter' && view.homeDeclined ? <Text className="card__meta">家长不方便入户：给一个视频或到校的时间。</Text> : null}
      {mode !== 'cancel' && !blocked ? (
        <OptionPicker
          drafts={state.drafts}
          onChange={(drafts) => set({ drafts })}
          formats={formats}
          max={mode === 'phone_agreement' ? 1 : 4}
        />
      ) : null}
      {mode === 'phone_agreement' ? (
        <GuardianPicker family={view.family} value={state.guardianId} onChange={(guardianId) => set({ guardianId })} />
      ) : null}
      {mode === 'cancel' ? (
        <Field
          label="取消原因"
          value={state.text}
          onInput={(text) => set({ text })}
          placeholder="请写一句取消的原因"
          maxlength={200}
          hint={`${other}会看到这个原因`}
        />
      ) : mode !== 'phone_agreement' ? (
        <Field
          label="留言（可不填）"
          value={state.text}
          onInput={(text) => set({ text })}
          placeholder={`想对${other}说的话`}
          maxlength={200}
        />
      ) : null}
      <FormError message={error} />
      {blocked ? null : (
        <BigButton loading={busy} onClick={onSubmit}>
          {submitLabel}
        </BigButton>
      )}
      <BigButton kind="default" disabled={busy} onClick={onClose}>
        {mode === 'cancel' ? '先不取消' : '先不改了'}
      </BigButton>
    </View>
  )
}
