// 进度趋势: completed and confirmed (cumulative) per week of the semester as lines, 应访 as the dashed
// target, the semester's end named; the table beside it carries the same numbers, weeks so far only.
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { SchoolDashboard } from '@/core/contract/reports-school.contract'
import { Chart } from './chart'
import { FigureTable } from './figure-table'

const SERIES = ['已完成', '已确认', '应访'] as const
const dateText = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

export function TrendSection({ trend }: { trend: SchoolDashboard['trend'] }) {
  const points = useMemo(() => trend.rows.map((r) => ({ label: r.label, values: [r.completed, r.confirmed, trend.required] })), [trend])
  const rows = trend.rows.filter((r) => r.completed !== null)
  return (
    <View className="dash__section">
      <Text className="section-title">本学期进度（累计）</Text>
      <Text className="lead">{`应访 ${trend.required} 户，学期截止 ${dateText(trend.deadline)}。`}</Text>
      <Chart title="本学期每周累计已完成、已确认和应访户数" series={SERIES} bars={points} kind="line" />
      <FigureTable
        label="本学期每周进度"
        head={['截至', '已完成', '已确认']}
        rows={rows.map((r) => ({ key: r.label, name: r.label, cells: [String(r.completed), String(r.confirmed)] }))}
      />
    </View>
  )
}
