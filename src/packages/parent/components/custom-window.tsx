// A window the ready-made chips do not offer: weekday or weekend, then from and to, by the hour.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AvailabilityDays, FreeWindow } from '@/core/model/availability.schema'
import { DAYS_LABELS } from '@/core/visit/availability.rules'
import { BigButton } from '@/client/ui/big-button'
import { Choices, toOptions } from '@/client/ui/choice'

/** 07:00 … 22:00, whole hours. */
const HOURS = Array.from({ length: 16 }, (_, i) => `${String(7 + i).padStart(2, '0')}:00`)

export function CustomWindow({ onAdd, onCancel }: { onAdd: (w: FreeWindow) => void; onCancel: () => void }) {
  const [days, setDays] = useState<AvailabilityDays | null>(null)
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const done = days && from && to && from < to
  return (
    <View className="card custom-window">
      <Text className="card__title">另选一个时间段</Text>
      <Choices label="哪几天" options={toOptions(DAYS_LABELS)} value={days} onChange={setDays} />
      <Choices
        label="从几点"
        options={HOURS.slice(0, -1).map((h) => ({ value: h, label: h }))}
        value={from}
        onChange={(h) => {
          setFrom(h)
          if (to && to <= h) setTo(null)
        }}
      />
      <Choices
        label="到几点"
        options={HOURS.slice(1).map((h) => ({ value: h, label: h, disabled: from !== null && h <= from }))}
        value={to}
        onChange={setTo}
      />
      <View className="pair">
        <BigButton disabled={!done} onClick={() => done && onAdd({ days, from, to })}>
          加上这个时间段
        </BigButton>
        <BigButton kind="default" onClick={onCancel}>
          不加了
        </BigButton>
      </View>
    </View>
  )
}
