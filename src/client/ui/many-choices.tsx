import { Text, View } from '@tarojs/components'
import type { Option } from './choice'
import { KeepDates } from './keep-dates'

/**
 * Large chips where several may be on: each one a checkbox, tapped on and off, read aloud with its
 * state. `note`: a second, smaller line (the hours under "周末上午"); `layout`: two to a row, or one.
 */
export function ManyChoices<T extends string | number>(props: {
  label: string
  hint?: string
  options: Array<Option<T> & { note?: string }>
  values: readonly T[]
  onToggle: (v: T) => void
  layout?: 'grid' | 'column'
}) {
  const { label, hint, options, values, onToggle, layout } = props
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      <View className={`chips ${layout ? `chips--${layout}` : ''}`} role="group" aria-label={label}>
        {options.map((o) => {
          const on = values.includes(o.value)
          return (
            <View
              key={String(o.value)}
              className={`chip chip--many ${on ? 'chip--on' : ''} ${o.disabled && !on ? 'chip--off' : ''}`}
              role="checkbox"
              aria-checked={on}
              aria-disabled={o.disabled && !on ? true : undefined}
              aria-label={o.note ? `${o.label} ${o.note}` : o.label}
              onClick={() => (o.disabled && !on ? undefined : onToggle(o.value))}
            >
              <KeepDates className="chip__label" text={on ? `✓ ${o.label}` : o.label} />
              {/* The leading space keeps "周末上午" and "9:00–12:00" two phrases (never read as one time). */}
              {o.note ? <Text className="chip__note keep">{` ${o.note}`}</Text> : null}
            </View>
          )
        })}
      </View>
    </View>
  )
}
