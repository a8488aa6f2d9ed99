// Lists of short texts in the record form (strategies, opinions, goals): one box per item, add and remove.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Field } from '@/client/ui/field'
import { ManyChoices } from '@/client/ui/many-choices'

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
            <View
              className="link-text"
              role="button"
              onClick={() =>
                onChange(
                  rows.filter((_, j) => j !== i),
                  i,
                )
              }
            >
              <Text>删除这一条</Text>
            </View>
          ) : null}
        </View>
      ))}
      {rows.length < max ? (
        <View className="link-text" role="button" onClick={() => onChange([...rows, ''])}>
          <Text>{`＋ ${addLabel}`}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** A yes/no tick as one large chip (NutUI's Checkbox adds an invalid aria attribute the page check refuses). */
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
