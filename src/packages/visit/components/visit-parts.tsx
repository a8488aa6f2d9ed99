// Read-only pieces of the visit page: offered times and the thread.
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { COMMAND_LABELS, VISIT_FORMAT_LABELS, type ThreadEntry, type VisitOption } from '@/core/model/visit.schema'
import { formatLocal } from '@/core/time'
import { BigButton } from '@/client/ui/big-button'
import { KeepDates } from '@/client/ui/keep-dates'
import { offerSentence, windowWords } from '@/client/visit-time'

const SIDE = { teacher: '老师', parent: '家长' } as const

/** "老师想在 … 到家里来看看孩子" for a parent reading the teacher's offer; a plain line otherwise. */
export function optionWords(view: Pick<VisitView, 'mySide' | 'offeredBy'>, o: VisitOption): string {
  if (view.mySide === 'parent' && view.offeredBy === 'teacher') return offerSentence('老师', o)
  const place = o.place ? `，地点：${o.place}` : ''
  return `${windowWords(o.startAt, o.endAt)}，${VISIT_FORMAT_LABELS[o.format]}家访${place}`
}

export function OptionCard({
  view,
  option,
  onAccept,
  busy,
}: {
  view: VisitView
  option: VisitOption
  onAccept?: () => void
  busy?: boolean
}) {
  const words = optionWords(view, option)
  return (
    <View className="card option-card" aria-label={words}>
      <KeepDates className="option-card__text" text={words} />
      {onAccept ? (
        <BigButton label={`${COMMAND_LABELS.accept}：${words}`} loading={busy} onClick={onAccept}>
          {COMMAND_LABELS.accept}
        </BigButton>
      ) : null}
    </View>
  )
}

/** One sentence per kind of thread entry; a new kind in the core fails to compile here until worded. */
const ENTRY_WORDS: Record<ThreadEntry['kind'], (e: ThreadEntry, times: string) => string> = {
  propose: (e, times) => `提出了${e.options.length}个时间：${times}`,
  counter: (_, times) => `另约了时间：${times}`,
  decline_home: (_, times) => (times ? `不方便入户，希望改用：${times}` : '不方便入户，希望改用其他方式'),
  accept: () => '确认了时间',
  reschedule: (_, times) => `申请改期：${times}`,
  cancel: () => '取消了家访',
  phone_agreement: (_, times) => `记录了电话约定：${times}`,
}

function entryWords(e: ThreadEntry): string {
  const times = e.options.map((o) => `${windowWords(o.startAt, o.endAt)}（${VISIT_FORMAT_LABELS[o.format]}）`).join('；')
  return ENTRY_WORDS[e.kind](e, times)
}

/** What someone wrote, in quotes; a phone agreement's note is the app's own words; the proposal's text is the topic (shown at the top). */
function noteOf(e: ThreadEntry): string | null {
  if (!e.text || e.kind === 'propose') return null
  return e.kind === 'phone_agreement' ? e.text : `“${e.text}”`
}

/** 协商记录: who said what, when, in order. */
export function Thread({ thread }: { thread: ThreadEntry[] }) {
  return (
    <View className="thread" aria-label="协商记录">
      <Text className="section-title">协商记录</Text>
      {thread.map((e) => (
        <View key={e.seq} className="thread__item">
          <Text className="thread__when">{`${formatLocal(e.at, 'M月D日 HH:mm')} · ${SIDE[e.side]} ${e.actorName}`}</Text>
          <KeepDates className="thread__what" text={entryWords(e)} />
          {noteOf(e) ? <Text className="thread__note">{noteOf(e)}</Text> : null}
        </View>
      ))}
    </View>
  )
}

/** The times on the table while someone has to answer; nothing (not even a heading) when there are none. */
export function OfferedTimes({
  view: v,
  busyId,
  onAccept,
}: {
  view: VisitView
  busyId: string | null
  onAccept?: (optionId: string) => void
}) {
  const open = v.status === 'awaiting_parent' || v.status === 'awaiting_teacher'
  if (!open || v.options.length === 0) return null
  const canAccept = v.actions.includes('accept')
  return (
    <View className="options">
      <Text className="section-title">
        {v.coVisitor
          ? `${v.offeredBy === 'teacher' ? '老师' : '家长'}给出的时间`
          : v.offeredBy === v.mySide
            ? '您给出的时间'
            : canAccept
              ? '可选的时间'
              : '对方给出的时间'}
      </Text>
      {v.options.map((o) => (
        <OptionCard
          key={o.id}
          view={v}
          option={o}
          busy={busyId === o.id}
          onAccept={canAccept && onAccept ? () => onAccept(o.id) : undefined}
        />
      ))}
    </View>
  )
}
