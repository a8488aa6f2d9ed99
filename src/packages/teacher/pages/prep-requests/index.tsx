// 同事请你提供情况: colleagues preparing a visit ask for a note about a child you teach; open ones first.
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { PrepRequestCard } from '../../components/prep-request-card'

export default function TeacherPrepRequestsPage() {
  const loaded = useApi(() => visitsApi.myPrepRequests({}))
  useReshow(loaded.reload)
  return (
    <Screen title="同事请你提供情况" large>
      <Loaded
        state={loaded}
        isEmpty={(d) => d.requests.length === 0}
        empty={<EmptyState title="目前没有同事的请求" hint="同事准备家访时请您提供学生情况，会出现在这里" />}
      >
        {(d) => d.requests.map((q) => <PrepRequestCard key={q.requestId} request={q} />)}
      </Loaded>
    </Screen>
  )
}
