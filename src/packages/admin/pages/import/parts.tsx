import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CallOutput } from '@/client/api-core'
import { KeyValues } from '@/client/ui/key-values'
import { Pager } from '@/client/ui/pager'

type Summary = CallOutput<'imports', 'preview'>['summary']
type RowError = CallOutput<'imports', 'preview'>['errors'][number]

const KINDS: Array<[keyof Summary, string, string]> = [
  ['classes', '班级', '个'],
  ['students', '学生', '人'],
  ['families', '家庭', '户'],
  ['guardians', '家长', '人'],
  ['staff', '教职工', '人'],
]
const ERRORS_PER_PAGE = 20

export const summaryText = (s: Summary) =>
  KINDS.filter(([k]) => s[k].add + s[k].update > 0)
    .map(([k, label, unit]) => `${label}新增 ${s[k].add} ${unit}、更新 ${s[k].update} ${unit}`)
    .join('；') || '没有需要改动的内容'

/** One row per kind: 新增 / 更新 / 不变; the figures move under the label on large text. */
export function SummaryView({ summary }: { summary: Summary }) {
  const rows = KINDS.map(([k, label, unit]) => ({
    key: label,
    value: `新增 ${summary[k].add} ${unit} · 更新 ${summary[k].update} · 不变 ${summary[k].unchanged}`,
  }))
  return (
    <View className="card import-summary">
      <KeyValues rows={rows} label="各类数量：新增、更新、不变" />
    </View>
  )
}

/** "学生表第12行：学号重复" (the server says where, once), twenty at a time in a scrolling box. */
export function ImportErrors({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const [page, setPage] = useState(0)
  const shown = errors.slice(page * ERRORS_PER_PAGE, (page + 1) * ERRORS_PER_PAGE)
  return (
    <View>
      <Text className="section-title">{`错误 ${errorCount} 处${errorCount > errors.length ? `（列出前 ${errors.length} 处）` : ''}`}</Text>
      <View className="import-errors">
        {shown.map((e, i) => (
          <View key={`${e.sheet}-${e.row}-${i}`} className="row import-error">
            <Text className="row__main">{e.message}</Text>
          </View>
        ))}
      </View>
      <Pager page={page} total={errors.length} pageSize={ERRORS_PER_PAGE} onPage={setPage} />
    </View>
  )
}
