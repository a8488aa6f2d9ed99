// 特殊家庭（本学期，按类别）: the share visited per category as bars, the counts in the table. 未访 and a
// bar open that category's families not yet visited (leadership only; the server audits the list).
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { SchoolDashboard } from '@/core/contract/reports-school.contract'
import { WITHHELD } from '@/core/coverage/special-members'
import { formatRate } from '@/core/survey/figures'
import { Chart } from './chart'
import { FigureTable, NumCell } from './figure-table'

type Rows = NonNullable<SchoolDashboard['categories']>
const SERIES = ['已访比例'] as const
const HEAD = ['类别', '应访', '已访', '未访', '已访比例']
// Families whose guardians withdrew consent to their categories: counted, never listed by category.
const listable = (key: string) => key !== WITHHELD

function NotVisited({ n, label, onOpen }: { n: number; label: string; onOpen?: () => void }) {
  if (n === 0 || !onOpen) return <NumCell text={String(n)} />
  return (
    <View className="plan-table__num" role="cell">
      <View className="plan-table__tap" role="button" aria-label={`${label}未访 ${n} 户，查看名单`} onClick={onOpen}>
        <Text>{String(n)}</Text>
      </View>
    </View>
  )
}

export function CategorySection({ rows, onOpen }: { rows: Rows; onOpen: (category: string) => void }) {
  const shown = useMemo(() => rows.filter((r) => r.required > 0), [rows])
  const bars = useMemo(() => shown.map((r) => ({ label: r.label, values: [r.rate] })), [shown])
  return (
    <View className="dash__section">
      <Text className="section-title">特殊家庭（本学期，按类别）</Text>
      {shown.length === 0 ? (
        <Text className="lead">本校目前没有特殊家庭。</Text>
      ) : (
        <View>
          <Chart
            title="各类特殊家庭本学期已访比例"
            series={SERIES}
            bars={bars}
            onTap={(i) => shown[i] && listable(shown[i].key) && onOpen(shown[i].key)}
          />
          <FigureTable
            label="特殊家庭按类别"
            head={HEAD}
            rows={shown.map((r) => ({
              key: r.key,
              name: r.label,
              cells: [
                String(r.required),
                String(r.visited),
                <NotVisited key="n" n={r.notVisited} label={r.label} onOpen={listable(r.key) ? () => onOpen(r.key) : undefined} />,
                r.rate === null ? '—' : formatRate(r.rate),
              ],
            }))}
          />
          <Text className="lead">
            一户可同时属于几个类别，在每个类别各计一次。点“未访”的数字，可看这一类还没家访的家庭；家长未同意使用类别信息的家庭只计数，不列名单。
          </Text>
        </View>
      )}
    </View>
  )
}
