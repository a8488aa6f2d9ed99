// The parts of a new questionnaire version around its questions: title and opening words, the buttons
// that add a question of each kind, and the list of what still stops it from being published.
import { Text, View } from '@tarojs/components'
import { Field } from '@/client/ui/field'
import { MAX_QUESTIONS, QUESTION_KIND_LABELS, type Draft } from '@/core/survey/questionnaire.draft'
import { QUESTION_KINDS, type QuestionKind } from '@/core/survey/questionnaire.schema'

export function DraftHead({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  return (
    <View className="card">
      <Field label="问卷标题" value={draft.title} maxlength={30} onInput={(title) => onChange({ ...draft, title })} />
      <Field
        label="开头说明（可不填）"
        value={draft.intro}
        maxlength={200}
        hint="家长打开问卷先看到的一两句话"
        onInput={(intro) => onChange({ ...draft, intro })}
      />
    </View>
  )
}

export function AddQuestion({ count, onAdd }: { count: number; onAdd: (kind: QuestionKind) => void }) {
  if (count >= MAX_QUESTIONS) return <Text className="card__meta">{`已经有${MAX_QUESTIONS}道题，不能再加了`}</Text>
  return (
    <View className="survey-edit__add">
      {QUESTION_KINDS.map((k) => (
        <View key={k} className="link-text" role="button" onClick={() => onAdd(k)}>
          <Text>{`＋ 加一道${QUESTION_KIND_LABELS[k]}`}</Text>
        </View>
      ))}
    </View>
  )
}

/** Every problem at once, so the district fixes them in one pass. */
export function Problems({ items }: { items: string[] }) {
  if (!items.length) return null
  return (
    <View className="form-error survey-edit__problems" role="alert">
      <Text>{`还有${items.length}处要改，改好后才能预览和发布：`}</Text>
      {items.map((p) => (
        <Text key={p} className="survey-edit__problem">{`· ${p}`}</Text>
      ))}
    </View>
  )
}

/** A draft brought back from the device: said plainly, with the way to start over (confirmed by the page). */
export function RestoredNotice({ text, onDiscard }: { text: string; onDiscard: () => void }) {
  return (
    <View className="notice-bar survey-edit__restored" role="status">
      <Text>{text}</Text>
      <View className="link-text" role="button" onClick={onDiscard}>
        <Text>放弃草稿</Text>
      </View>
    </View>
  )
}
