// 全区家访看板: every school on the same measures (one card each, readable at large text), the
// outliers by the core's thresholds, who has submitted the report and who is late; the summary xlsx.
import { Text, View } from '@tarojs/components'
import { reportsApi } from '@/client/calls/reports'
import { useApi } from '@/client/use-api'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import type { SchoolRow } from '@/core/contract/reports-export.contract'
import { ReportJobPanel } from '../../components/report-job'
import '../../dashboards.scss'

const measures = (s: SchoolRow) => [
  { key: '到位率（家长确认）', value: `${s.coverage}（${s.confirmed}/${s.required}户）` },
  { key: '完成率', value: `${s.completedRate}（${s.completed}户）` },
  { key: '满意率', value: s.satisfaction },
  { key: '未处理异议', value: `${s.disputesOpen}件` },
  { key: '记录逾期', value: `${s.recordsOverdue}户` },
  { key: '特殊家庭走访', value: `${s.specialCoverage}（未访${s.specialNotVisited}户）` },
]

function SchoolCard({ s }: { s: SchoolRow }) {
  return (
    <View className={`card district-school ${s.outliers.length ? 'district-school--flag' : ''}`}>
      <View className="district-school__head">
        <Text className="card__title">{s.schoolName}</Text>
        <Text className={`tag ${s.late ? 'tag--late' : s.submission.startsWith('已') ? 'tag--done' : ''}`}>{s.submission}</Text>
      </View>
      <KeyValues label={s.schoolName} rows={measures(s)} />
      {s.outliers.map((o) => (
        <Text key={o} className="district-school__outlier">
          ⚠ {o}
        </Text>
      ))}
    </View>
  )
}

export default function DistrictDashboard() {
  const view = useApi(() => reportsApi.districtDashboard({}))
  const d = view.data
  return (
    <Screen title="全区家访看板" subtitle={d ? `${d.districtName} · ${d.periodLabel}` : null}>
      <Loaded state={view} isEmpty={(x) => x.schools.length === 0} empty={<EmptyState title="还没有学校" />}>
        {(x) => (
          <>
            <Text className="report-deadline">
              报告上报截止：{x.deadline}；已上报 {new Set(x.submissions.map((s) => s.schoolName)).size}/{x.schools.length} 所
            </Text>
            <ReportJobPanel kind="district" label="导出全区汇总表" />
            <View className="district-schools">
              {x.schools.map((s) => (
                <SchoolCard key={s.schoolId} s={s} />
              ))}
            </View>
            <Text className="section-title">异常提示的标准</Text>
            {x.rules.map((r) => (
              <Text key={r} className="card__meta district-rule">
                {r}
              </Text>
            ))}
          </>
        )}
      </Loaded>
    </Screen>
  )
}
