// Feedback across 德智体美劳: each item a domain, a strength or something to work on together, and a line.
// At least one strength (闪光点) is required: the hint says so up front, the submit repeats it.
import { Text, View } from '@tarojs/components'
import { Choices, toOptions } from '@/client/ui/choice'
import { Field } from '@/client/ui/field'
import { DOMAIN_LABELS, OUTLINE_KIND_LABELS, type OutlineItem } from '@/core/visit/prep.rules'
import { LIMITS } from '@/core/visit/record.rules'
import { LinkButton } from './link-button'

type Item = OutlineItem

const blank = (kind: Item['kind']): Item => ({ domain: 'study', kind, text: '' })

export function RecordFeedback({ items, onChange }: { items: Item[] | undefined; onChange: (items: Item[]) => void }) {
  const rows = items?.length ? items : [blank('strength')]
  const set = (i: number, patch: Partial<Item>) => onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  const strengths = rows.filter((r) => r.kind === 'strength' && r.text.trim()).length
  return (
    <View className="card record-section">
      <Text className="field__hint">{strengths ? `已写 ${strengths} 条闪光点` : '至少一条闪光点：先说孩子做得好的地方'}</Text>
      {rows.map((item, i) => (
        <View key={i} className="record-feedback">
          <Choices
            label={`第 ${i + 1} 条`}
            options={toOptions(DOMAIN_LABELS)}
            value={item.domain}
            onChange={(domain) => set(i, { domain })}
          />
          <Choices label="这一条是" options={toOptions(OUTLINE_KIND_LABELS)} value={item.kind} onChange={(kind) => set(i, { kind })} />
          <Field label="具体表现" value={item.text} maxlength={200} onInput={(text) => set(i, { text })} />
          {rows.length > 1 ? <LinkButton onClick={() => onChange(rows.filter((_, j) => j !== i))}>删除这一条</LinkButton> : null}
        </View>
      ))}
      {rows.length < LIMITS.feedback ? (
        <LinkButton onClick={() => onChange([...rows, blank(strengths ? 'growth' : 'strength')])}>＋ 再加一条反馈</LinkButton>
      ) : null}
    </View>
  )
}
