// 学校家访看板: the headline figures, the semester's weekly trend, then by grade, by class, by format, by
// special category (leadership only) and by teacher, each chart with its table beside it; a bar, a row's number or a headline count opens the families behind it.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { DashboardRowView } from '@/core/contract/reports-school.contract'
import { reportsApi } from '@/client/calls/reports'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { Chart } from '../../components/chart'
import { Headline } from '../../components/headline'
import { RowsTable } from '../../components/rows-table'
import { FormatSection } from '../../components/format-section'
import { CategorySection } from '../../components/category-section'
import { TrendSection } from '../../components/trend-section'
import '../../dashboards.scss'

const SERIES = ['完成率', '到位率'] as const
const open = (scope: string, measure: string) => void Taro.navigateTo({ url: pagePath('leaderFamilies', { scope, measure }) })
const barsOf = (rows: readonly DashboardRowView[]) => rows.map((r) => ({ label: r.label, values: [r.completedRate, r.coverageRate] }))

function Section({ title, first, rows }: { title: string; first: string; rows: readonly DashboardRowView[] }) {
  const bars = useMemo(() => barsOf(rows), [rows])
  const tap = (i: number) => {
    const scope = rows[i]?.scope
    if (scope) open(scope, 'completed')
  }
  return (
    <View className="dash__section">
      <Text className="section-title">{title}</Text>
      <Chart title={`${title}：完成率和到位率`} series={SERIES} bars={bars} onTap={tap} />
      <RowsTable label={title} first={first} rows={rows} onOpen={open} />
    </View>
  )
}

export default function SchoolDashboardPage() {
  const dash = useApi(() => reportsApi.schoolDashboard({}))
  useReshow(dash.reload)
  const shown = { ...dash, loading: dash.loading && dash.data === null }
  return (
    <Screen title="学校家访看板" subtitle={dash.data ? `${dash.data.schoolName} · ${dash.data.year.label}` : null}>
      <Loaded
        state={shown}
        isEmpty={(d) => d.classes.length === 0}
        empty={<EmptyState title="还没有班级" hint="请学校管理员先导入班级和学生名单" />}
      >
        {(d) => (
          <View>
            <Headline h={d.headline} onOpen={(m) => open('school', m)} />
            <TrendSection trend={d.trend} />
            <Section title="各年级" first="年级" rows={d.grades} />
            <Section title="各班" first="班级" rows={d.classes} />
            <FormatSection formats={d.formats} />
            {d.categories ? <CategorySection rows={d.categories} onOpen={(key) => open(`category:${key}`, 'specialNotVisited')} /> : null}
            <View className="dash__section">
              <Text className="section-title">各位老师（本学年）</Text>
              <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('teacherSheet') })}>
                教师家访情况（全部老师）
              </BigButton>
              {d.teachers.length < d.teachersTotal ? (
                <Text className="lead">{`共 ${d.teachersTotal} 位老师，列出家访最多的 ${d.teachers.length} 位。`}</Text>
              ) : null}
              {d.teachers.length ? (
                <RowsTable label="各位老师的家访" first="老师" rows={d.teachers} teachers />
              ) : (
                <Text className="lead">还没有老师开始家访。</Text>
              )}
            </View>
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
