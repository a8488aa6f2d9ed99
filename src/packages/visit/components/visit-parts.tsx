// Read-only pieces of the visit page: offered times, the thread and the consent receipt.
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { COMMAND_LABELS, VISIT_FORMAT_LABELS, type ThreadEntry, type VisitOption } from '@/core/model/visit.schema'
import { formatLocal } from '@/core/time'
import { BigButton } from '@/client/ui/big-button'
import { StatusTag } from '@/client/ui/status-tag'
import { offerSentence, windowWords } from '@/client/visit-time'

const SIDE = { teacher: '老师', parent: '家长' } as const

/** "老师想在 … 到家里来看看孩子" for a parent reading the teacher's offer; a plain line otherwise. */
export function optionWords(view: Pick<VisitView, 'mySide' | 'offeredBy'>, o: VisitOption): string {
  if (view.mySide === 'parent' && view.offeredBy === 'teacher') return offerSentence('老师', o)
  const place = o.place ? `，地点：${o.place}` : ''
  return `${windowWords(o.startAt, o.endAt)}，${VISIT_FORMAT_LABELS[o.format]}家访${place}`
}

export function headline(v: VisitView): string {
  const mine = v.offeredBy === v.mySide
  switch (v.status) {
    case 'awaiting_parent':
      return v.mySide === 'parent' ? `老师给了${v.options.length}个时间，请选一个合适的` : '已发给家长，等家长回复'
    case 'awaiting_teacher':
      return v.mySide === 'teacher' ? (mine ? '等家长回复' : '家长回复了，请您确认') : '已发给老师，等老师回复'
    case 'scheduled':
      return v.agreed ? `家访已约好：${windowWords(v.agreed.option.startAt, v.agreed.option.endAt)}` : '家访已约好'
    case 'cancelled':
      return '这次家访已取消'
    default:
      return '这次家访已完成'
  }
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
      <Text className="option-card__text">{words}</Text>
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

/** 协商记录: who said what, when, in order. */
export function Thread({ thread }: { thread: ThreadEntry[] }) {
  return (
    <View className="thread" aria-label="协商记录">
      <Text className="section-title">协商记录</Text>
      {thread.map((e) => (
        <View key={e.seq} className="thread__item">
          <Text className="thread__when">{`${formatLocal(e.at, 'M月D日 HH:mm')} · ${SIDE[e.side]} ${e.actorName}`}</Text>
          <Text className="thread__what">{entryWords(e)}</Text>
          {e.text ? <Text className="thread__note">{`留言：${e.text}`}</Text> : null}
        </View>
      ))}
    </View>
  )
}

const Line = ({ k, v }: { k: string; v: string }) => (
  <View className="receipt__line">
    <Text className="receipt__key">{k}</Text>
    <Text className="receipt__value">{v}</Text>
  </View>
)

/** 确认回执: what both sides agreed to, the same for both. */
export function Receipt({ receipt: r }: { receipt: NonNullable<VisitView['receipt']> }) {
  return (
    <View className="card receipt" aria-label="确认回执">
      <Text className="card__title">确认回执</Text>
      {r.viaPhone ? <StatusTag tone="phone">电话约定（老师记录）</StatusTag> : null}
      <Line k="家访内容" v={r.topic} />
      <Line k="时间" v={windowWords(r.startAt, r.endAt)} />
      <Line k="形式" v={VISIT_FORMAT_LABELS[r.format]} />
      {r.place ? <Line k="地点" v={r.place} /> : null}
      <Line k="老师" v={r.teacherName} />
      <Line k="家长" v={r.parentName} />
      <Line k="孩子" v={r.studentNames.join('、')} />
      <Line k="会记录什么" v={r.recorded} />
      <Line k="谁能看到" v={r.whoSees} />
      <Line k="隐私告知版本" v={r.noticeVersion} />
      <Line k="老师确认" v={formatLocal(r.teacherConfirmedAt, 'M月D日 HH:mm')} />
      <Line k="家长确认" v={formatLocal(r.parentConfirmedAt, 'M月D日 HH:mm')} />
    </View>
  )
}
