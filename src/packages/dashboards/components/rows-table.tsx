// The numbers beside a chart: one row per grade, class or teacher. 应访, 已完成 and 已确认 open the families
// behind them (rows with a scope); the rates are shown as figures.ts formats them.
import { Text, View } from '@tarojs/components'
import type { DashboardRowView } from '@/core/contract/reports-school.contract'

type Measure = 'required' | 'completed' | 'confirmed'
export type OpenList = (scope: string, measure: Measure) => void
type Col = {
  key: 'required' | 'held' | 'completed' | 'confirmed' | 'completedText' | 'coverageText'
  label: string
  measure?: Measure
}
const COLUMNS: readonly Col[] = [
  { key: 'required', label: '应访', measure: 'required' },
  { key: 'completed', label: '已完成', measure: 'completed' },
  { key: 'confirmed', label: '已确认', measure: 'confirmed' },
  { key: 'completedText', label: '完成率' },
  { key: 'coverageText', label: '到位率' },
]
const TEACHER_COLUMNS: readonly Col[] = [
  { key: 'held', label: '已家访' },
  { key: 'completed', label: '已完成' },
  { key: 'confirmed', label: '已确认' },
]

function Cell({ row, col, onOpen }: { row: DashboardRowView; col: Col; onOpen?: OpenList }) {
  const value = String(row[col.key])
  const { scope } = row
  if (!col.measure || !scope || !onOpen || value === '0')
    return (
      <View className="plan-table__num" role="cell" aria-label={`${row.label}${col.label} ${value}`}>
        <Text>{value}</Text>
      </View>
    )
  const measure = col.measure
  return (
    <View className="plan-table__num" role="cell">
      <View
        className="plan-table__tap"
        role="button"
        aria-label={`${row.label}${col.label} ${value} 户，查看名单`}
        onClick={() => onOpen(scope, measure)}
      >
        <Text>{value}</Text>
      </View>
    </View>
  )
}

export function RowsTable(props: {
  label: string
  first: string
  rows: readonly DashboardRowView[]
  teachers?: boolean
  onOpen?: OpenList
}) {
  const columns = props.teachers ? TEACHER_COLUMNS : COLUMNS
  return (
    <View className="plan-table" role="table" aria-label={props.label}>
      <View className="plan-table__row plan-table__row--head" role="row">
        <View className="plan-table__name" role="columnheader">
          <Text>{props.first}</Text>
        </View>
        {columns.map((c) => (
          <View key={c.key} className="plan-table__num" role="columnheader">
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
      {props.rows.map((r) => (
        <View key={r.key} className="plan-table__row" role="row">
          <View className="plan-table__name" role="rowheader">
            <Text>{r.label}</Text>
          </View>
          {columns.map((c) => (
            <Cell key={c.key} row={r} col={c} onOpen={props.onOpen} />
          ))}
        </View>
      ))}
    </View>
  )
}
