// One question of a new questionnaire version: its short name, the question, its options (single choice),
// whether it must be answered, and removal. The questions the figures read (到位率, 满意率, 送礼吃请) keep
// their options and stay: only their words change, so the figures mean the same under every version.
import { Text, View } from '@tarojs/components'
import { Choices } from '@/client/ui/choice'
import { Field } from '@/client/ui/field'
import { TextBox } from '@/client/ui/text-box'
import { editQuestion, isLocked, MAX_OPTIONS, newOption, QUESTION_KIND_LABELS, type DraftQuestion } from '@/core/survey/questionnaire.draft'

type Props = { q: DraftQuestion; n: number; onChange: (q: DraftQuestion) => void; onRemove: () => void }
const REQUIRED = [
  { value: 'yes' as const, label: '必须回答' },
  { value: 'no' as const, label: '可以不填' },
]

const Link = ({ text, onClick }: { text: string; onClick: () => void }) => (
  <View className="link-text" role="button" onClick={onClick}>
    <Text>{text}</Text>
  </View>
)

function Options({ q, n, locked, edit }: { q: DraftQuestion; n: number; locked: boolean; edit: (p: Partial<DraftQuestion>) => void }) {
  const options = q.options ?? []
  const setLabel = (j: number, label: string) => edit({ options: options.map((o, k) => (k === j ? { ...o, label } : o)) })
  return (
    <View className="survey-edit__options">
      {options.map((o, j) => (
        <View key={o.value}>
          <Field label={`第${n}题 选项${j + 1}`} value={o.label} maxlength={20} onInput={(v) => setLabel(j, v)} />
          {!locked && options.length > 2 ? (
            <Link text={`删除选项${j + 1}`} onClick={() => edit({ options: options.filter((_, k) => k !== j) })} />
          ) : null}
        </View>
      ))}
      {!locked && options.length < MAX_OPTIONS ? (
        <Link text="＋ 加一个选项" onClick={() => edit({ options: [...options, newOption(q)] })} />
      ) : null}
    </View>
  )
}

export function QuestionEditor({ q, n, onChange, onRemove }: Props) {
  const locked = isLocked(q)
  const edit = (patch: Partial<DraftQuestion>) => onChange(editQuestion(q, patch))
  const hasFacts = /\{(when|format)\}/.test(q.prompt)
  return (
    <View className="card survey-edit__q" aria-label={`第${n}题`}>
      <Text className="card__title">{`第${n}题 · ${QUESTION_KIND_LABELS[q.kind]}`}</Text>
      {locked ? <Text className="card__meta">这道题用于统计，只能改文字：不能删除，选项不能增减，必须回答。</Text> : null}
      {/* Up to 80 characters: a box that shows all of the question while it is edited. */}
      <TextBox
        label={`第${n}题 题目`}
        value={q.prompt}
        maxLength={80}
        short
        hint={hasFacts ? '{when} 和 {format} 会换成这次家访的时间和方式，请保留' : undefined}
        onInput={(prompt) => edit({ prompt })}
      />
      <Field
        label={`第${n}题 简称`}
        value={q.label}
        maxlength={12}
        hint="12字以内，用在“请回答第几题”的提示和统计里"
        onInput={(label) => edit({ label })}
      />
      {q.kind === 'single_choice' ? <Options q={q} n={n} locked={locked} edit={edit} /> : null}
      {locked ? null : (
        <Choices
          label={`第${n}题 是否必答`}
          options={REQUIRED}
          value={q.required ? 'yes' : 'no'}
          onChange={(v) => edit({ required: v === 'yes' })}
        />
      )}
      {locked ? null : <Link text={`删除第${n}题`} onClick={onRemove} />}
    </View>
  )
}
