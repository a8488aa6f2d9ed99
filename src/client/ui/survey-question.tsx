// One question of the questionnaire (the parent's page, the district's preview), sized for a grandparent:
// the question in large type, a "读给我听" button where the platform can speak, every answer a full-width target.
import { Text, Textarea, View } from '@tarojs/components'
import type { ShownQuestion } from '@/core/contract/surveys-answer.contract'
import { speech } from '@/client/speech'

type Value = string | boolean | undefined
const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
]

function ReadAloud({ text, label }: { text: string; label: string }) {
  if (!speech.isAvailable()) return null
  return (
    <View className="survey-q__speak" role="button" aria-label={`读给我听：${label}`} onClick={() => speech.speak(text)}>
      <Text>读给我听</Text>
    </View>
  )
}

function Options({ q, value, onChange }: { q: ShownQuestion; value: Value; onChange: (v: string | boolean) => void }) {
  const options: Array<{ value: string | boolean; label: string }> = q.kind === 'yes_no' ? YES_NO : q.options
  return (
    <View className={`survey-q__options ${q.kind === 'yes_no' ? 'survey-q__options--pair' : ''}`} role="radiogroup" aria-label={q.label}>
      {options.map((o) => (
        <View
          key={String(o.value)}
          className={`survey-q__option ${o.value === value ? 'survey-q__option--on' : ''}`}
          role="radio"
          aria-checked={o.value === value}
          aria-label={o.label}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

export function SurveyQuestion(props: { q: ShownQuestion; n: number; value: Value; onChange: (v: string | boolean) => void }) {
  const { q, n, value, onChange } = props
  return (
    <View className="card survey-q">
      <Text className="survey-q__prompt">{`${n}. ${q.prompt}`}</Text>
      <ReadAloud text={q.readAloud} label={q.label} />
      {q.kind === 'text' ? (
        <Textarea
          className="survey-q__text"
          value={typeof value === 'string' ? value : ''}
          maxlength={q.maxLength}
          autoHeight
          placeholder="可以不填"
          placeholderClass="survey-q__placeholder"
          aria-label={q.label}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Options q={q} value={value} onChange={onChange} />
      )}
    </View>
  )
}
