// One card per child: who, which class, and this child's visit this semester in one line; tapping
// it opens that visit. Without a visit the card is plain text (nothing to open, no arrow).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FamilyVisit as VisitView } from '@/core/contract/visits-list.contract'
import { RELATION_LABELS, type Relation } from '@/core/model/family.schema'
import { pagePath } from '@/client/routes'
import { KeepDates } from '@/client/ui/keep-dates'
import { childLine } from '../home-model'

type Child = { studentId: string; name: string; schoolName: string; className: string; relation: Relation; left: boolean }

export function ChildCard({ child: c, visit, meId }: { child: Child; visit: VisitView | null; meId: string | null }) {
  const line = childLine(visit, meId, c.left)
  // The class they were in, marked: the school keeps their past visits for a year.
  const where = `${c.schoolName} ${c.className}${c.left ? '（已离校）' : ''}`
  const relation = `您是孩子的${RELATION_LABELS[c.relation]}`
  const spoken = [c.name, line.text, ...line.more, where, relation].join('，')
  const open = visit ? () => void Taro.navigateTo({ url: pagePath('visitDetail', { id: visit.visitId }) }) : undefined
  return (
    <View
      className={`card child-card ${visit ? 'card--tap' : ''}`}
      role={visit ? 'button' : undefined}
      aria-label={visit ? `${spoken}，查看家访` : spoken}
      onClick={open}
    >
      <Text className="card__title">{c.name}</Text>
      <Text className="card__meta words">{where}</Text>
      <Text className="card__meta">{relation}</Text>
      <View className={`child-card__visit child-card__visit--${line.tone}`}>
        <KeepDates className="child-card__status words" text={line.text} />
        {line.more.map((m) => (
          <KeepDates key={m} className="child-card__more" text={m} />
        ))}
      </View>
    </View>
  )
}
