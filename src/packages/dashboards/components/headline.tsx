// The dashboard's first screen: 到位率, 已完成未确认 and 满意率 with their bases, then the counts a
// leader acts on (special families, overdue records, disputes, opinions, the leadership's own visits).
import { Text, View } from '@tarojs/components'
import type { SchoolDashboard } from '@/core/contract/reports-school.contract'
import { Stat } from '@/client/ui/screen'

type H = SchoolDashboard['headline']
const UNITS: Record<string, string> = { coverage: '户', completedUnconfirmed: '户', satisfaction: '份' }
const basis = (f: H['figures'][number]) => (f.withheld || !f.denominator ? '' : `（${f.numerator}/${f.denominator}${UNITS[f.key] ?? ''}）`)

export function Headline({ h, onOpen }: { h: H; onOpen: (measure: 'required' | 'completed' | 'confirmed' | 'specialNotVisited') => void }) {
  return (
    <View className="stats">
      {h.figures.map((f) => (
        <View key={f.key} className="stat survey-figure" aria-label={`${f.label} ${f.text}${basis(f)}`}>
          <Text className="stat__text">{`${f.label} ${f.text}`}</Text>
          <Text className="survey-figure__basis">{basis(f)}</Text>
        </View>
      ))}
      <Stat
        label="已完成"
        value={h.completed}
        unit={`户（应访${h.required}户）`}
        onOpen={h.completed ? () => onOpen('completed') : undefined}
      />
      <Stat label="家长已确认" value={h.confirmed} unit="户" onOpen={h.confirmed ? () => onOpen('confirmed') : undefined} />
      <Stat
        label="特殊家庭本学期已访"
        value={h.specialVisited}
        unit={`户（共${h.specialRequired}户）`}
        onOpen={h.specialRequired > h.specialVisited ? () => onOpen('specialNotVisited') : undefined}
      />
      <Stat label="家访记录超期未填" value={h.recordsOverdue} unit="份" />
      <Stat label="有异议待处理" value={h.disputesOpen} unit="条" />
      <Stat label="家长意见待回复" value={h.ticketsOpen} unit="条" />
      <Stat label="领导班子已家访" value={h.leadershipVisits} unit="户" />
    </View>
  )
}
