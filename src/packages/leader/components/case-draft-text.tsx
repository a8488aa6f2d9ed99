// One text of a typical-case draft under review: the anonymised text, each redaction with its original
// (checked = keep it removed; unchecked = restore the word), and whether the text goes in at all.
import { Text, View } from '@tarojs/components'
import { CheckRow } from '@/client/ui/check-row'

type Redaction = { kind: string; kindLabel: string; original: string; replacement: string }
export type DraftText = { key: string; label: string; text: string; redactions: Redaction[] }

type Props = {
  t: DraftText
  restored: ReadonlySet<number>
  omitted: boolean
  onRestore: (index: number, restore: boolean) => void
  onOmit: (omit: boolean) => void
}

export function CaseDraftText({ t, restored, omitted, onRestore, onOmit }: Props) {
  return (
    <View className={`card case-draft ${omitted ? 'case-draft--omitted' : ''}`}>
      <Text className="card__title">{t.label}</Text>
      <Text className="case-draft__text">{t.text}</Text>
      {omitted
        ? null
        : t.redactions.map((r, i) => (
            <CheckRow
              key={i}
              checked={!restored.has(i)}
              onChange={(keep) => onRestore(i, !keep)}
              title={`去掉${r.kindLabel}「${r.original}」→ ${r.replacement}`}
              hint={restored.has(i) ? '将保留原文' : undefined}
            />
          ))}
      <CheckRow checked={!omitted} onChange={(keep) => onOmit(!keep)} title="收入案例" hint={omitted ? '这一段不会发布' : undefined} />
    </View>
  )
}
