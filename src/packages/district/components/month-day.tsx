// A month and day (MM-DD) chosen with two steppers: no keyboard, no picker wheel.
import { Text, View } from '@tarojs/components'
import { Stepper } from '@/client/ui/stepper'

// February stops at 28: a school year must begin on a date every year has.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const pad = (n: number) => String(n).padStart(2, '0')

export function MonthDay(props: { label: string; value: string; disabled: boolean; onChange: (v: string) => void }) {
  const { label, value, disabled, onChange } = props
  const month = Number(value.slice(0, 2)) || 1
  const day = Number(value.slice(3, 5)) || 1
  const set = (m: number, d: number) => onChange(`${pad(m)}-${pad(Math.min(d, DAYS_IN_MONTH[m - 1]!))}`)
  if (disabled)
    return (
      <View className="field">
        <Text className="field__label">{label}</Text>
        <Text className="month-day__text">{`${month}月${day}日`}</Text>
      </View>
    )
  return (
    <View className="month-day" role="group" aria-label={`${label}：${month}月${day}日`}>
      <Text className="field__label">{label}</Text>
      <View className="month-day__steppers">
        <Stepper label={`${label}的月份`} value={month} min={1} max={12} unit="月" showLabel={false} onChange={(m) => set(m, day)} />
        <Stepper
          label={`${label}的日期`}
          value={day}
          min={1}
          max={DAYS_IN_MONTH[month - 1]!}
          unit="日"
          showLabel={false}
          onChange={(d) => set(month, d)}
        />
      </View>
    </View>
  )
}
