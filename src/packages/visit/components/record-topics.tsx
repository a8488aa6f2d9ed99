// §三 topics: a chip per choice and a line of text each.
import { View } from '@tarojs/components'
import { Choices, toOptions } from '@/client/ui/choice'
import { Field } from '@/client/ui/field'
import { TOPIC_KEYS, TOPIC_LABELS, TOPICS, type TopicKey } from '@/core/visit/record.rules'
import type { Form } from './record-form-state'

type Topic = { choice: string; text: string }

export function RecordTopics({ form, onChange }: { form: Form; onChange: (f: Form) => void }) {
  const set = (k: TopicKey, t: Partial<Topic>) => {
    const now = (form[k] ?? { choice: undefined, text: '' }) as Partial<Topic>
    onChange({ ...form, [k]: { text: '', ...now, ...t } })
  }
  return (
    <View className="card record-section">
      {TOPIC_KEYS.map((k) => {
        const now = form[k] as Topic | undefined
        return (
          <View key={k} className="record-topic">
            <Choices
              label={TOPIC_LABELS[k]}
              options={toOptions(TOPICS[k].labels as Record<string, string>)}
              value={now?.choice ?? null}
              onChange={(choice) => set(k, { choice })}
            />
            <Field
              label="补充说明（可不填）"
              placeholder="写一句具体情况"
              value={now?.text ?? ''}
              maxlength={200}
              onInput={(text) => set(k, { text })}
            />
          </View>
        )
      })}
    </View>
  )
}
