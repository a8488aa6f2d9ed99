// Lists of short texts in the record form (strategies, opinions, plan goals): one box per item, add and remove.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Field } from '@/client/ui/field'
import { ManyChoices } from '@/client/ui/many-choices'
import { LIMITS } from '@/core/visit/record.rules'
import type { Form } from './record-form-state'
import { LinkButton } from './link-button'
import { opinionRouteProps } from './opinion-routes'

export function TextList(props: {
  label: string
  items: string[]
  max: number
  maxlength: number
  addLabel: string
  hint?: string
  /** More of an item under its box (an opinion's route chooser). */
  extra?: (i: number) => ReactNode
  /** `removed`: the index deleted, so a caller keeping a value per item can drop the same one. */
  onChange: (items: string[], removed?: number) => void
}) {
  const { label, items, max, maxlength, addLabel, hint, extra, onChange } = props
  const rows = items.length ? items : ['']
  const set = (i: number, v: string) => onChange(rows.map((x, j) => (j === i ? v : x)))
  return (
    <View className="record-list">
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {rows.map((item, i) => (
        <View key={i} className="record-list__row">
          <Field label={`${label}${rows.length > 1 ? ` ${i + 1}` : ''}`} value={item} maxlength={maxlength} onInput={(v) => set(i, v)} />
          {extra?.(i)}
          {rows.length > 1 ? (
            <LinkButton
              onClick={() =>
                onChange(
                  rows.filter((_, j) => j !== i),
                  i,
                )
              }
            >
              删除这一条
            </LinkButton>
          ) : null}
        </View>
      ))}
      {rows.length < max ? <LinkButton onClick={() => onChange([...rows, ''])}>{`＋ ${addLabel}`}</LinkButton> : null}
    </View>
  )
}

// The record's own lists, each a card of its own: words and limits in one place.
const RECORD_LISTS = {
  strategies: {
    label: '共育策略',
    hint: '至少一条，和家长一起商定的做法',
    max: LIMITS.strategies,
    maxlength: LIMITS.strategy,
    addLabel: '再加一条策略',
  },
  opinions: {
    label: '家长意见',
    hint: '一条写一件事，方便学校分别答复；没有可不填',
    max: LIMITS.opinions,
    maxlength: LIMITS.opinion,
    addLabel: '再加一条意见',
  },
} as const

/** The agreed strategies or the parents' opinions: a card with one box per item, add and remove. */
export function RecordList({ field, form, onChange }: { field: keyof typeof RECORD_LISTS; form: Form; onChange: (f: Form) => void }) {
  // Opinions carry who answers each (班主任 / 学校): a chooser per item, routes kept beside their opinions.
  const changes =
    field === 'opinions' ? opinionRouteProps(form, onChange) : { onChange: (items: string[]) => onChange({ ...form, [field]: items }) }
  return (
    <View className="card record-section">
      <TextList {...RECORD_LISTS[field]} items={form[field] ?? []} {...changes} />
    </View>
  )
}

/** A yes/no tick as one large chip, like the form's other choices. */
export function Tick(props: { label: string; title: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const { label, title, hint, checked, onChange } = props
  return (
    <ManyChoices
      label={label}
      hint={hint}
      layout="column"
      options={[{ value: 'yes', label: title }]}
      values={checked ? ['yes'] : []}
      onToggle={() => onChange(!checked)}
    />
  )
}
