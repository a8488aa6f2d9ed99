// The rest of the record: guidance given, the school introduced, the summary the
// parent will see (apart from internal notes), and the integrity declaration.
import { View } from '@tarojs/components'
import { toOptions } from '@/client/ui/choice'
import { ManyChoices } from '@/client/ui/many-choices'
import { GUIDANCE_LABELS, LIMITS, type RecordDraft } from '@/core/visit/record.rules'
import type { Form } from './record-form-state'
import { Tick } from './record-lists'
import { VoiceField } from './voice-button'

type Props = { form: Form; onChange: (f: Form) => void }
type Guidance = NonNullable<RecordDraft['guidance']>

export function RecordGuidance({ form, onChange }: Props) {
  const g: Guidance = form.guidance ?? { topics: [], text: '' }
  const school = form.school ?? { given: false, text: '' }
  const toggle = (t: Guidance['topics'][number]) =>
    onChange({ ...form, guidance: { ...g, topics: g.topics.includes(t) ? g.topics.filter((x) => x !== t) : [...g.topics, t] } })
  return (
    <View className="card record-section">
      <ManyChoices label="给了哪些家庭教育指导" options={toOptions(GUIDANCE_LABELS)} values={g.topics} onToggle={toggle} />
      <VoiceField
        label="指导内容（可不填）"
        value={g.text}
        maxlength={200}
        onInput={(text) => onChange({ ...form, guidance: { ...g, text } })}
      />
      <Tick
        label="学校情况介绍"
        checked={school.given}
        onChange={(given) => onChange({ ...form, school: { ...school, given } })}
        title="向家长介绍了学校情况"
        hint="如办学理念、课后服务、家校沟通方式"
      />
      <VoiceField
        label="介绍了什么（可不填）"
        value={school.text}
        maxlength={200}
        onInput={(text) => onChange({ ...form, school: { ...school, text } })}
      />
    </View>
  )
}

export function RecordShareAndSign({ form, onChange }: Props) {
  return (
    <View className="card record-section">
      <VoiceField
        label="给家长看的小结（可不填）"
        placeholder="写给家长的几句话"
        value={form.summary ?? ''}
        maxlength={LIMITS.summary}
        hint="家长只能看到这段小结、闪光点和共育策略，看不到其他内容"
        onInput={(summary) => onChange({ ...form, summary })}
      />
      <VoiceField
        label="内部备注（家长看不到，可不填）"
        placeholder="仅老师和领导可见"
        value={form.notes ?? ''}
        maxlength={LIMITS.notes}
        onInput={(notes) => onChange({ ...form, notes })}
      />
      <Tick
        label="廉洁家访承诺"
        checked={form.integrity === true}
        onChange={(integrity) => onChange({ ...form, integrity })}
        title="本次家访未接受家长的礼品、宴请和钱物"
        hint="每份记录都要确认"
      />
    </View>
  )
}
