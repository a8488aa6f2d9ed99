// 家访形式: held visits by the way actually held, as bars of their share with the counts in the table.
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { SchoolDashboard } from '@/core/contract/reports-school.contract'
import { formatRate } from '@/core/survey/figures'
import { Chart } from './chart'

const SERIES = ['占比'] as const

export function FormatSection({ formats }: { formats: SchoolDashboard['formats'] }) {
  const bars = useMemo(() => formats.map((f) => ({ label: f.label, values: [f.share] })), [formats])
  return (
    <View className="dash__section">
      <Text className="section-title">家访形式（本学年已家访）</Text>
      <Chart title="各种家访形式的占比" series={SERIES} bars={bars} />
      <View className="plan-table" role="table" aria-label="家访形式">
        <View className="plan-table__row plan-table__row--head" role="row">
          {['形式', '已家访', '占比'].map((h, i) => (
            <View key={h} className={i ? 'plan-table__num' : 'plan-table__name'} role="columnheader">
              <Text>{h}</Text>
            </View>
          ))}
        </View>
        {formats.map((f) => (
          <View key={f.key} className="plan-table__row" role="row">
            <View className="plan-table__name" role="rowheader">
              <Text>{f.label}</Text>
            </View>
            <View className="plan-table__num" role="cell">
              <Text>{String(f.held)}</Text>
            </View>
            <View className="plan-table__num" role="cell">
              <Text>{f.share === null ? '—' : formatRate(f.share)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
