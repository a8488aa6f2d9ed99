// The visit page for both sides. Buttons come only from view.actions: the server decides who may do what.
import { Text, View } from '@tarojs/components'
import type { ComponentProps } from 'react'
import type { VisitView } from '@/core/contract/visits.contract'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { useReshow } from '@/client/use-reshow'
import { useConfirm } from '@/client/ui/confirm'
import { ArchiveLink } from '@/client/ui/archive-link'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { openPanel } from '@/client/visit-panel'
import { JoinRequests } from '../../components/co-visit'
import { NoWeChatCard } from '../../components/no-wechat'
import { PrepEntry } from '../../components/prep-entry'
import { Receipt } from '../../components/receipt'
import { RecordEntry } from '../../components/record-entry'
import { RespondPanel } from '../../components/respond-panel'
import { SubscribePrompt } from '../../components/subscribe-prompt'
import { useVisitAnswers } from '../../components/use-visit-answers'
import { VideoEntry } from '../../components/video-entry'
import { VisitHold } from '../../components/visit-hold'
import { VisitActions } from '../../components/visit-actions'
import { unreachable, VisitHead } from '../../components/visit-head'
import { OfferedTimes, Thread } from '../../components/visit-parts'

type Answers = ReturnType<typeof useVisitAnswers>

/** One visit: where things stand, what was agreed, what can be done now, and how it got here. */
function VisitBody({ view: v, a, join }: { view: VisitView; a: Answers; join: Omit<ComponentProps<typeof JoinRequests>, 'view'> }) {
  return (
    <View>
      <VisitHead view={v} />
      <JoinRequests view={v} {...join} />
      {a.askReminders ? <SubscribePrompt onClose={() => a.setAskReminders(false)} /> : null}
      {unreachable(v) && v.status === 'awaiting_parent' && !a.panel ? (
        <NoWeChatCard family={v.family!} stage="after" onPhone={() => a.setPanel(openPanel('phone_agreement', v))} />
      ) : null}
      <VideoEntry view={v} />
      <PrepEntry view={v} />
      <VisitHold view={v} ask={join.ask} />
      <RecordEntry view={v} />
      {v.receipt ? <Receipt receipt={v.receipt} side={v.mySide} /> : null}
      <OfferedTimes
        view={v}
        busyId={a.busy}
        onAccept={a.panel ? undefined : (optionId) => void a.send(v, { kind: 'accept', optionId }, optionId)}
      />
      {a.panel ? (
        <RespondPanel
          view={v}
          state={a.panel}
          onChange={a.setPanel}
          onSubmit={() => a.submitPanel(v)}
          onClose={() => a.setPanel(null)}
          busy={a.busy === 'panel'}
          error={a.error}
        />
      ) : (
        <VisitActions
          view={v}
          error={a.error}
          offerReminders={!a.askReminders && !v.coVisitor}
          onOpen={(mode) => a.setPanel(openPanel(mode, v))}
          onReminders={() => a.setAskReminders(true)}
        />
      )}
      <Thread thread={v.thread} />
      {v.studentIds.map((id, i) => (
        <ArchiveLink key={id} studentId={id} name={v.studentNames[i] ?? ''} />
      ))}
    </View>
  )
}

export default function VisitPage() {
  const { id: visitId } = usePageParams('visitDetail')
  const loaded = useApi(() => visitsApi.get({ visitId }), [visitId])
  const { dialog, ask } = useConfirm()
  const a = useVisitAnswers(visitId, () => reload(), ask)
  const reload = () => {
    a.clearFresh()
    loaded.reload()
  }
  useReshow(reload)
  return (
    <Screen title="家访" large>
      {a.notice ? (
        <View className="notice-bar" role="status">
          <Text>{a.notice}</Text>
        </View>
      ) : null}
      <Loaded state={{ ...loaded, data: a.fresh ?? loaded.data, reload }}>
        {(v) => <VisitBody view={v} a={a} join={{ ask, onDone: reload }} />}
      </Loaded>
      {dialog}
    </Screen>
  )
}
