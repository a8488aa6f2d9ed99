// The visit page for both sides. Buttons come only from view.actions: the server decides who may do what.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { VisitView } from '@/core/contract/visits.contract'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { OptionCard, Receipt, Thread, headline } from '../../components/visit-parts'
import { MODES, TITLES, isStaleAnswer, openPanel, toCommand, type Command, type PanelState } from '@/client/visit-panel'
import { RespondPanel } from '../../components/respond-panel'
import { SubscribePrompt } from '../../components/subscribe-prompt'

const PARENT_ASKS_REMINDERS: Command['kind'][] = ['accept', 'counter', 'decline_home', 'reschedule']

export default function VisitPage() {
  const { id: visitId } = usePageParams('visitDetail')
  const loaded = useApi(() => visitsApi.get({ visitId }), [visitId])
  const [fresh, setFresh] = useState<VisitView | null>(null)
  const [panel, setPanel] = useState<PanelState | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [askReminders, setAskReminders] = useState(false)
  const { dialog, ask } = useConfirm()

  const reload = () => {
    setFresh(null)
    loaded.reload()
  }
  useReshow(reload)

  const send = async (view: VisitView, command: Command, key: string) => {
    setBusy(key)
    setError(null)
    setNotice(null)
    const res = await visitsApi.respond({ visitId, version: view.version, command })
    setBusy(null)
    if (res.ok) {
      setFresh(res.data)
      setPanel(null)
      if (view.mySide === 'parent' && PARENT_ASKS_REMINDERS.includes(command.kind)) setAskReminders(true)
      return
    }
    if (isStaleAnswer(res.error.code)) {
      // The server says who acted first (e.g. 孩子的另一位家长已确认了 12月11日 18:30).
      setPanel(null)
      setNotice(res.error.message)
      return reload()
    }
    setError(res.error.message)
  }

  const submitPanel = (view: VisitView) => {
    if (!panel) return
    const checked = toCommand(panel)
    if (!checked.ok) return setError(checked.message)
    if (checked.command.kind !== 'cancel') return void send(view, checked.command, 'panel')
    const command = checked.command
    ask({
      title: '确定取消这次家访吗？',
      text: `取消后，${view.mySide === 'parent' ? '老师' : '家长'}会看到您写的原因。需要时可以再约。`,
      confirmLabel: '确定取消',
      onConfirm: () => send(view, command, 'panel'),
    })
  }

  const state = { ...loaded, data: fresh ?? loaded.data, reload }
  return (
    <Screen title="家访" large>
      {notice ? (
        <View className="notice-bar" role="status">
          <Text>{notice}</Text>
        </View>
      ) : null}
      <Loaded state={state}>
        {(v) => {
          const canAccept = v.actions.includes('accept')
          return (
            <View>
              <View className="card visit-head">
                <Text className="card__title">{headline(v)}</Text>
                <Text className="card__meta">{`家访内容：${v.topic}`}</Text>
                <Text className="card__meta">{`老师：${v.teacherName} · 孩子：${v.studentNames.join('、')}`}</Text>
                {v.homeDeclined ? <Text className="card__meta">家长不方便入户，改用其他方式</Text> : null}
                {v.status === 'cancelled' ? (
                  <Text className="card__meta">{`${v.cancelledBy === 'parent' ? '家长' : '老师'}取消了家访${v.cancelReason ? `，原因：${v.cancelReason}` : ''}`}</Text>
                ) : null}
              </View>
              {askReminders ? <SubscribePrompt onClose={() => setAskReminders(false)} /> : null}
              {v.receipt ? <Receipt receipt={v.receipt} /> : null}
              {v.status === 'awaiting_parent' || v.status === 'awaiting_teacher' ? (
                <View className="options">
                  <Text className="section-title">
                    {v.offeredBy === v.mySide ? '您给出的时间' : canAccept ? '可选的时间' : '对方给出的时间'}
                  </Text>
                  {v.options.map((o) => (
                    <OptionCard
                      key={o.id}
                      view={v}
                      option={o}
                      busy={busy === o.id}
                      onAccept={canAccept && !panel ? () => void send(v, { kind: 'accept', optionId: o.id }, o.id) : undefined}
                    />
                  ))}
                </View>
              ) : null}
              {panel ? (
                <RespondPanel
                  view={v}
                  state={panel}
                  onChange={setPanel}
                  onSubmit={() => submitPanel(v)}
                  onClose={() => (setPanel(null), setError(null))}
                  busy={busy === 'panel'}
                  error={error}
                />
              ) : (
                <View className="visit-actions">
                  <FormError message={error} />
                  {MODES.filter((mode) => v.actions.includes(mode)).map((mode) => (
                    <BigButton key={mode} kind="default" onClick={() => (setError(null), setPanel(openPanel(mode, v)))}>
                      {TITLES[mode]}
                    </BigButton>
                  ))}
                  {/* Both sides may ask for reminders once something is on the way (teachers get the day-before one too). */}
                  {!askReminders &&
                  (v.status === 'scheduled' || v.status === (v.mySide === 'parent' ? 'awaiting_teacher' : 'awaiting_parent')) ? (
                    <BigButton kind="default" onClick={() => setAskReminders(true)}>
                      接收提醒
                    </BigButton>
                  ) : null}
                </View>
              )}
              <Thread thread={v.thread} />
            </View>
          )
        }}
      </Loaded>
      {dialog}
    </Screen>
  )
}
