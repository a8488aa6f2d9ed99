import { Text, View } from '@tarojs/components'

export type Option<T extends string | number> = { value: T; label: string; disabled?: boolean }

/** Large tappable chips instead of a picker wheel: every choice visible, one tap, readable aloud. */
export function Choices<T extends string | number>(props: {
  label: string
  options: Option<T>[]
  value: T | null
  onChange: (v: T) => void
}) {
  const { label, options, value, onChange } = props
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="chips" role="radiogroup" aria-label={label}>
        {options.map((o) => (
          <View
            key={String(o.value)}
            className={`chip ${o.value === value ? 'chip--on' : ''} ${o.disabled ? 'chip--off' : ''}`}
            role="radio"
            aria-checked={o.value === value}
            aria-disabled={o.disabled ? true : undefined}
            aria-label={o.label}
            onClick={() => (o.disabled ? undefined : onChange(o.value))}
          >
            <Text>{o.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export const toOptions = <T extends string>(labels: Record<T, string>): Option<T>[] =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))
