// The pack's outline by 德智体美劳 (闪光点 first, then what to work on together) and the questions to ask.
import { Text, View } from '@tarojs/components'
import { MAX_QUESTIONS } from '@/core/contract/visits-prep.contract'
import type { PrepView } from '@/core/contract/visits-prep.contract'
import { DOMAIN_LABELS, DOMAINS, OUTLINE_KIND_LABELS } from '@/core/visit/prep.rules'
import { Field } from '@/client/ui/field'
import { boxKey, HINTS, withSpareQuestion, type Draft, type Kind } from './prep-draft'

type Props = { draft: Draft; onChange: (d: Draft) => void }

function KindBoxes({ kind, draft, onChange }: Props & { kind: Kind }) {
  return (
    <View className="card prep-kind" aria-label={OUTLINE_KIND_LABELS[kind]}>
      <Text className="card__title">{kind === 'strength' ? '孩子的闪光点（至少写一条）' : '可以和家长一起努力的地方'}</Text>
      {DOMAINS.map((domain) => {
        const key = boxKey(domain, kind)
        return (
          <Field
            key={key}
            label={`${DOMAIN_LABELS[domain]}·${OUTLINE_KIND_LABELS[kind]}`}
            value={draft.boxes[key] ?? ''}
            maxlength={200}
            placeholder={HINTS[domain][kind]}
            onInput={(text) => onChange({ ...draft, boxes: { ...draft.boxes, [key]: text } })}
          />
        )
      })}
    </View>
  )
}

export function OutlineForm({ draft, onChange }: Props) {
  const questions = withSpareQuestion(draft.questions)
  return (
    <View>
      <KindBoxes kind="strength" draft={draft} onChange={onChange} />
      <KindBoxes kind="growth" draft={draft} onChange={onChange} />
      <View className="card" aria-label="想问家长的问题">
        <Text className="card__title">想问家长的问题（至少一个）</Text>
        <Text className="field__hint">{`最多${MAX_QUESTIONS}个，填完一个会出现下一个空格`}</Text>
        {questions.map((q, i) => (
          <Field
            key={i}
            label={`问题${i + 1}`}
            value={q}
            maxlength={100}
            placeholder={i === 0 ? '例如：孩子在家一般几点睡觉？' : '再写一个问题（可以不填）'}
            onInput={(text) => onChange({ ...draft, questions: questions.map((x, j) => (j === i ? text : x)) })}
          />
        ))}
      </View>
    </View>
  )
}

/** What a co-visitor sees: the same pack, as text. */
export function OutlineView({ view: v }: { view: PrepView }) {
  const line = (text: string, key: string) => (
    <Text key={key} className="card__meta prep-line">
      {text}
    </Text>
  )
  return (
    <View className="card" aria-label="家访提纲">
      <Text className="card__title">家访提纲</Text>
      {v.outline.length ? null : line('还没有写提纲', 'none')}
      {v.outline.map((o, i) => line(`${DOMAIN_LABELS[o.domain]}·${OUTLINE_KIND_LABELS[o.kind]}：${o.text}`, `o${i}`))}
      <Text className="card__title prep-subtitle">想问家长的问题</Text>
      {v.questions.length ? null : line('还没有写问题', 'noq')}
      {v.questions.map((q, i) => line(`${i + 1}. ${q}`, `q${i}`))}
      {line(v.talkedWithStudent ? '已和孩子谈过' : '还没有和孩子谈过', 'talk')}
    </View>
  )
}
