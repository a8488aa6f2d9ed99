import { Text, View } from '@tarojs/components'

export type Chip<T extends string | number> = { value: T; label: string; disabled?: boolean }

/** One labelled group of tappable chips (no picker wheels): every choice visible, one tap. */
export function ChipRow<T extends string | number>(props: { label: string; chips: Chip<T>[]; value: T | null; onChange: (v: T) => void }) {
  const { label, chips, value, onChange } = props
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="chips" role="radiogroup" aria-label={label}>
        {chips.map((c) => (
          <View
            key={String(c.value)}
            className={`chip ${c.value === value ? 'chip--on' : ''} ${c.disabled ? 'chip--off' : ''}`}
            role="radio"
            aria-checked={c.value === value}
            aria-disabled={c.disabled ? true : undefined}
            aria-label={c.label}
            onClick={() => (c.disabled ? undefined : onChange(c.value))}
          >
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
