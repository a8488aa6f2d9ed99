// 教师家访情况 (for the ethics assessment): one row per teacher, the busiest first, fifty a page.
// 满意率 shows only over five answers or more (样本不足 otherwise), whoever reads it.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TeacherSheetRow } from '@/core/contract/reports-school.contract'
import { reportsApi } from '@/client/calls/reports'
import { useApi } from '@/client/use-api'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import '../../dashboards.scss'

const COLUMNS: ReadonlyArray<{ label: string; value: (r: TeacherSheetRow) => string; wide?: true }> = [
  { label: '应访', value: (r) => String(r.required) },
  { label: '已家访', value: (r) => String(r.held) },
  { label: '已完成', value: (r) => String(r.completed) },
  { label: '已确认', value: (r) => String(r.confirmed) },
  { label: '满意率', value: (r) => r.satisfaction.text, wide: true },
  { label: '记录超期', value: (r) => String(r.recordsOverdue) },
]

function SheetTable({ rows }: { rows: readonly TeacherSheetRow[] }) {
  return (
    <View className="plan-table sheet-table" role="table" aria-label="教师家访情况">
      <View className="plan-table__row plan-table__row--head" role="row">
        <View className="plan-table__name" role="columnheader">
          <Text>老师</Text>
        </View>
        {COLUMNS.map((c) => (
          <View key={c.label} className={`plan-table__num sheet__num ${c.wide ? 'sheet__num--wide' : ''}`} role="columnheader">
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
      {rows.map((r) => (
        <View key={r.staffId} className="plan-table__row" role="row">
          <View className="plan-table__name" role="rowheader">
            <Text>{r.name}</Text>
          </View>
          {COLUMNS.map((c) => (
            <View
              key={c.label}
              className={`plan-table__num sheet__num ${c.wide ? 'sheet__num--wide' : ''}`}
              role="cell"
              aria-label={`${r.name}${c.label} ${c.value(r)}`}
            >
              <Text>{c.value(r)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

export default function TeacherSheetPage() {
  const [page, setPage] = useState(0)
  const sheet = useApi(() => reportsApi.teacherSheet({ page }), [page])
  return (
    <Screen title="教师家访情况" subtitle="本学年；满意率至少 5 份问卷才显示">
      <Loaded
        state={sheet}
        isEmpty={(d) => d.rows.length === 0}
        empty={<EmptyState title="还没有老师开始家访" hint="老师约好家访后，这里会列出每位老师的情况" />}
      >
        {(d) => (
          <View>
            <SheetTable rows={d.rows} />
            <Pager page={d.page} total={d.total} pageSize={d.pageSize} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
