// What waits for an answer, in two groups: the teacher's own turn first, then the parents'.
import { Text, View } from '@tarojs/components'
import type { AgendaVisit } from '@/core/contract/visits-list.contract'
import { VisitCard } from '@/client/ui/visit-card'
import { waitingGroups } from './week'

export function WaitingGroups({ visits }: { visits: AgendaVisit[] }) {
  const { mine, parents } = waitingGroups(visits)
  if (mine.length + parents.length === 0) return <Text className="card__meta">没有等待回复的家访</Text>
  return (
    <View>
      {mine.length ? <Text className="section-title">{`等您回复 ${mine.length} 个`}</Text> : null}
      {mine.map((v) => (
        <VisitCard key={v.visitId} visit={v} />
      ))}
      {parents.length ? <Text className="section-title">{`等家长回复 ${parents.length} 个`}</Text> : null}
      {parents.map((v) => (
        <VisitCard key={v.visitId} visit={v} />
      ))}
    </View>
  )
}
