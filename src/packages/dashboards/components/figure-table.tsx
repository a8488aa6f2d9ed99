// A chart's numbers as a table beside it: the header row, then one row per item, its name first. A
// string cell is drawn as a plain number cell; an element is a cell of its own (one that opens a list).
import { Text, View } from '@tarojs/components'
import { Fragment, type ReactElement } from 'react'

export type FigureRow = { key: string; name: string; cells: ReadonlyArray<string | ReactElement> }

export function NumCell({ text }: { text: string }) {
  return (
    <View className="plan-table__num" role="cell">
      <Text>{text}</Text>
    </View>
  )
}

export function FigureTable({ label, head, rows }: { label: string; head: readonly string[]; rows: readonly FigureRow[] }) {
  return (
    <View className="plan-table" role="table" aria-label={label}>
      <View className="plan-table__row plan-table__row--head" role="row">
        {head.map((h, i) => (
          <View key={h} className={i ? 'plan-table__num' : 'plan-table__name'} role="columnheader">
            <Text>{h}</Text>
          </View>
        ))}
      </View>
      {rows.map((r) => (
        <View key={r.key} className="plan-table__row" role="row">
          <View className="plan-table__name" role="rowheader">
            <Text>{r.name}</Text>
          </View>
          {r.cells.map((c, i) => (typeof c === 'string' ? <NumCell key={i} text={c} /> : <Fragment key={i}>{c}</Fragment>))}
        </View>
      ))}
    </View>
  )
}
