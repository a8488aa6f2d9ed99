// A whole number changed one step at a time with two large buttons (no keyboard, no wheel).
import { Text, View } from '@tarojs/components'

export function Stepper(props: {
  label: string
  value: number
  min: number
  max: number
  unit: string
  onChange: (n: number) => void
  /** false: the label is only spoken (a group around it shows one). */
  showLabel?: boolean
}) {
  const { label, value, min, max, unit, onChange, showLabel = true } = props
  const step = (d: number) => onChange(Math.min(max, Math.max(min, value + d)))
  return (
    <View className="field">
      {showLabel ? <Text className="field__label">{label}</Text> : null}
      <View className="stepper" role="group" aria-label={label}>
        <View
          className={`stepper__button ${value <= min ? 'stepper__button--off' : ''}`}
          role="button"
          aria-label={`${label}减一`}
          onClick={() => step(-1)}
        >
          <Text>−</Text>
        </View>
        <Text className="stepper__value" aria-live="polite">{`${value} ${unit}`}</Text>
        <View
          className={`stepper__button ${value >= max ? 'stepper__button--off' : ''}`}
          role="button"
          aria-label={`${label}加一`}
          onClick={() => step(1)}
        >
          <Text>＋</Text>
        </View>
      </View>
    </View>
  )
}
