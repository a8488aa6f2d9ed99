// 领导班子带头家访: each leader's own visits this school year (policy §四(一)).
import { Text, View } from '@tarojs/components'
import type { Board } from '@/core/contract/coverage-leader.contract'
import { formatLocal } from '@/core/time'

export function LeadershipVisits({ leaders }: { leaders: Board['leadership'] }) {
  if (!leaders.length) return null
  return (
    <View className="leadership">
      <Text className="section-title">领导班子本学年家访</Text>
      {leaders.map((l) => (
        <View key={l.staffId} className="card leadership__card">
          <Text className="card__title">{`${l.name}（${l.role}）· ${l.total} 户`}</Text>
          {l.visits.length === 0 ? <Text className="card__meta">本学年还没有发起家访</Text> : null}
          {l.visits.map((v) => (
            <Text key={v.familyId} className="leadership__visit">
              {`${v.children}家 · ${v.state}${v.startAt ? ` · ${formatLocal(v.startAt, 'M月D日 HH:mm')}` : ''}`}
            </Text>
          ))}
          {l.total > l.visits.length ? <Text className="card__meta">{`还有 ${l.total - l.visits.length} 户`}</Text> : null}
        </View>
      ))}
    </View>
  )
}
