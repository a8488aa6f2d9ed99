// What else can be done on the visit page: at most one primary button (the thing to do now), the
// rest as a cell list with a short note each. Only actions the server offers (view.actions).
import { View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { BigButton } from '@/client/ui/big-button'
import { Cells, type CellItem } from '@/client/ui/cells'
import { FormError } from '@/client/ui/field'
import { ACTION_NOTES, MODES, TITLES, type Mode } from '@/client/visit-panel'
import { needsOtherWay, unreachable } from './visit-head'

type Props = { view: VisitView; error: string | null; offerReminders: boolean; onOpen: (mode: Mode) => void; onReminders: () => void }

/** Both sides may ask for reminders once something is on the way (teachers get the day-before one too). */
export const canAskReminders = (v: VisitView) =>
  v.status === 'scheduled' || v.status === (v.mySide === 'parent' ? 'awaiting_teacher' : 'awaiting_parent')

export function VisitActions({ view: v, error, offerReminders, onOpen, onReminders }: Props) {
  const otherWay = needsOtherWay(v)
  // With nobody on WeChat, 电话已约好 is the primary button of the notice above.
  const phoneAbove = unreachable(v) && v.status === 'awaiting_parent'
  const modes = MODES.filter((m) => v.actions.includes(m) && !(otherWay && m === 'counter') && !(phoneAbove && m === 'phone_agreement'))
  const items: CellItem[] = modes.map((m) => ({
    key: m,
    title: TITLES[m],
    note: ACTION_NOTES[v.mySide][m] || null,
    onClick: () => onOpen(m),
  }))
  if (offerReminders && canAskReminders(v))
    items.push({ key: 'remind', title: '接收提醒', note: '时间确定、有变动和家访前一天提醒您', onClick: onReminders })
  const choosing = v.mySide === 'parent' && v.actions.includes('accept')
  return (
    <View className="visit-actions">
      <FormError message={error} />
      {otherWay ? <BigButton onClick={() => onOpen('counter')}>改约视频或到校</BigButton> : null}
      <Cells title={choosing ? '这些时间都不合适？' : undefined} items={items} />
    </View>
  )
}
