// The visit page's answers: send a command, then show what changed at the top of the page (a toast,
// the new headline, for a parent the reminder prompt). Someone who acted first is named and the page reloads.
import { useState } from 'react'
import type { VisitView } from '@/core/contract/visits.contract'
import { visitsApi } from '@/client/calls/visits'
import type { ConfirmSpec } from '@/client/ui/confirm'
import { scrollToTop } from '@/client/ui/scroll'
import { showToast } from '@/client/ui/toast'
import { doneWords, isStaleAnswer, toCommand, type Command, type PanelState } from '@/client/visit-panel'

const PARENT_ASKS_REMINDERS: Command['kind'][] = ['accept', 'counter', 'decline_home', 'reschedule']

/** Cancelling asks first and says what the other side will see. */
const confirmCancel = (view: VisitView, onConfirm: () => Promise<void>): ConfirmSpec => ({
  title: '确定取消这次家访吗？',
  text: `取消后，${view.mySide === 'parent' ? '老师' : '家长'}会看到您写的原因。需要时可以再约。`,
  confirmLabel: '确定取消',
  onConfirm,
})

export function useVisitAnswers(visitId: string, reload: () => void, ask: (spec: ConfirmSpec) => void) {
  const [fresh, setFresh] = useState<VisitView | null>(null)
  const [panel, setPanel] = useState<PanelState | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [askReminders, setAskReminders] = useState(false)

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
      showToast(doneWords(command.kind, view.mySide))
      return scrollToTop()
    }
    if (isStaleAnswer(res.error.code)) {
      // The server says who acted first (e.g. 孩子的另一位家长已确认了 12月11日 18:30).
      setPanel(null)
      setNotice(res.error.message)
      setFresh(null)
      scrollToTop()
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
    ask(confirmCancel(view, () => send(view, command, 'panel')))
  }

  return {
    fresh,
    clearFresh: () => setFresh(null),
    panel,
    setPanel: (p: PanelState | null) => (setError(null), setPanel(p)),
    busy,
    error,
    notice,
    askReminders,
    setAskReminders,
    send,
    submitPanel,
  }
}
