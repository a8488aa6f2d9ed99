// One grade's classes as a table: every number opens the families behind it. Narrow screens scroll
// the numbers sideways while the class column stays put.
import { Text, View } from '@tarojs/components'
import type { Board } from '@/core/contract/coverage-leader.contract'
import type { BoardMeasure } from '@/core/coverage/board'

type Grade = Board['grades'][number]
type Tally = Grade['tally']

export const COLUMNS: ReadonlyArray<{ measure: BoardMeasure; label: string }> = [
  { measure: 'required', label: '应访' },
  { measure: 'scheduled', label: '已约定' },
  { measure: 'held', label: '已家访' },
  { measure: 'unclaimed', label: '未安排' },
  { measure: 'specialNotVisited', label: '特殊家庭未访' },
]

function Row(props: {
  name: string
  scope: string
  tally: Tally
  total?: boolean
  onOpen: (scope: string, measure: BoardMeasure) => void
}) {
  const { name, scope, tally, total, onOpen } = props
  return (
    <View className={`plan-table__row ${total ? 'plan-table__row--total' : ''}`} role="row">
      <View className="plan-table__name" role="rowheader">
        <Text>{name}</Text>
      </View>
      {COLUMNS.map((c) => {
        const n = tally[c.measure]
        const warn = (c.measure === 'unclaimed' || c.measure === 'specialNotVisited') && n > 0
        const cls = `plan-table__num ${warn ? 'plan-table__num--warn' : ''}`
        if (n === 0)
          return (
            <View key={c.measure} className={cls} role="cell" aria-label={`${name}${c.label} 0 户`}>
              <Text>0</Text>
            </View>
          )
        // A row holds cells only (ARIA): the tap target sits inside its cell and fills it.
        return (
          <View key={c.measure} className={cls} role="cell">
            <View
              className="plan-table__tap"
              role="button"
              aria-label={`${name}${c.label} ${n} 户，查看名单`}
              onClick={() => onOpen(scope, c.measure)}
            >
              <Text>{n}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}

export function PlanTable({ grade, onOpen }: { grade: Grade; onOpen: (scope: string, measure: BoardMeasure) => void }) {
  return (
    <View className="plan-table" role="table" aria-label={`${grade.label}各班家访进度`}>
      <View className="plan-table__row plan-table__row--head" role="row">
        <View className="plan-table__name" role="columnheader">
          <Text>班级</Text>
        </View>
        {COLUMNS.map((c) => (
          <View key={c.measure} className="plan-table__num" role="columnheader">
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
      {grade.classes.map((c) => (
        <Row key={c.classId} name={c.name} scope={`class:${c.classId}`} tally={c.tally} onOpen={onOpen} />
      ))}
      {grade.classes.length > 1 ? (
        <Row name={`${grade.label}合计`} scope={`grade:${grade.grade}`} tally={grade.tally} total onOpen={onOpen} />
      ) : null}
    </View>
  )
}
