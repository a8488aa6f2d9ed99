// 家访形式: held visits by the way actually held, as bars of their share with the counts in the table.
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { SchoolDashboard } from '@/core/contract/reports-school.contract'
import { formatRate } from '@/core/survey/figures'
import { Chart } from './chart'
import { FigureTable } from './figure-table'

const SERIES = ['占比'] as const

export function FormatSection({ formats }: { formats: SchoolDashboard['formats'] }) {
  const bars = useMemo(() => formats.map((f) => ({ label: f.label, values: [f.share] })), [formats])
  return (
    <View className="dash__section">
      <Text className="section-title">家访形式（本学年已家访）</Text>
      <Chart title="各种家访形式的占比" series={SERIES} bars={bars} />
      <FigureTable
        label="家访形式"
        head={['形式', '已家访', '占比']}
        rows={formats.map((f) => ({ key: f.key, name: f.label, cells: [String(f.held), f.share === null ? '—' : formatRate(f.share)] }))}
      />
    </View>
  )
}
