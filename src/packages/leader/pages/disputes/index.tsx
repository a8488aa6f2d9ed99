// 有异议的家访: disputes from questionnaires and spot-checks, open ones first; each is resolved once the
// teacher's side is on file.
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { DisputeCard } from '../../components/dispute-card'

export default function LeaderDisputesPage() {
  const loaded = useApi(() => surveysApi.disputes({}))
  useReshow(loaded.reload)
  const subtitle = loaded.data ? (loaded.data.open ? `待处理 ${loaded.data.open} 条` : '没有待处理的异议') : null
  return (
    <Screen title="有异议的家访" subtitle={subtitle}>
      <Loaded
        state={{ ...loaded, loading: loaded.loading && loaded.data === null }}
        isEmpty={(d) => d.disputes.length === 0}
        empty={<EmptyState title="目前没有有异议的家访" hint="家长在问卷或抽查电话中说家访与记录不符时，会出现在这里" />}
      >
        {(d) => d.disputes.map((x) => <DisputeCard key={x.disputeId} d={x} onChanged={loaded.reload} />)}
      </Loaded>
    </Screen>
  )
}
