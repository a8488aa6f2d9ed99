// A week of agreed visits: 上一周 / 下一周 around the dates, one tap target per day with its count.
import { Text, View } from '@tarojs/components'
import type { StripDay } from './week'

type Props = { days: StripDay[]; label: string; day: string; busy: boolean; onDay: (d: string) => void; onWeek: (step: -1 | 1) => void }

export function WeekStrip({ days, label, day, busy, onDay, onWeek }: Props) {
  return (
    <View>
      <View className="week-nav">
        <View className="week-nav__step" role="button" aria-label="上一周" onClick={() => onWeek(-1)}>
          <View className="chevron chevron--back" />
          <Text>上一周</Text>
        </View>
        <Text className="week-nav__label" aria-live="polite">
          {label}
        </Text>
        <View className="week-nav__step" role="button" aria-label="下一周" onClick={() => onWeek(1)}>
          <Text>下一周</Text>
          <View className="chevron" />
        </View>
      </View>
      <View className="week" role="tablist" aria-label="选择日期" aria-busy={busy}>
        {days.map((s) => (
          <View
            key={s.value}
            className={`week__day ${s.value === day ? 'week__day--on' : ''}`}
            role="tab"
            aria-selected={s.value === day}
            aria-label={`${s.name} ${s.spoken}，${s.visits.length}个家访`}
            onClick={() => onDay(s.value)}
          >
            <Text className="week__name">{s.name}</Text>
            <Text className="week__date">{s.date}</Text>
            <Text className="week__count">{s.visits.length ? `${s.visits.length}个` : '–'}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
