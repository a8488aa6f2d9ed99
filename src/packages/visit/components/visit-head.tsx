// The top of the visit page: one headline saying where things stand and who acts next, then the
// facts (topic, teacher, children). Never a heading over nothing.
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { dayWords, hoursWords } from '@/client/visit-time'
import { VisitExtras } from './co-visit'

/** The parent declined a home visit in their latest answer. */
const justDeclined = (v: VisitView) => v.status === 'awaiting_teacher' && v.thread.at(-1)?.kind === 'decline_home'

/** Nobody in the family is bound on WeChat: a proposal reaches no one (known on the teacher side only). */
export const unreachable = (v: VisitView) => v.mySide === 'teacher' && !v.coVisitor && v.family !== null && !v.family.reachable

/** The teacher's one thing to do after "不方便入户" with no time given: offer video or school. */
export const needsOtherWay = (v: VisitView) =>
  v.mySide === 'teacher' && justDeclined(v) && v.options.length === 0 && v.actions.includes('counter')

export function headline(v: VisitView): string {
  const teacher = v.mySide === 'teacher'
  switch (v.status) {
    case 'awaiting_parent':
      if (v.coVisitor) return `${v.teacherName}老师已发给家长，等家长回复`
      if (!teacher) return `老师给了${v.options.length}个时间，请选一个合适的`
      return unreachable(v) ? '家长收不到：这个家庭还没有人绑定微信' : '已发给家长，等家长回复'
    case 'awaiting_teacher':
      if (!teacher) return '已发给老师，等老师回复'
      if (v.coVisitor) return `家长回复了，等${v.teacherName}老师确认`
      if (justDeclined(v)) return v.options.length ? '家长不方便入户，给了别的方式，请您确认' : '家长不方便入户，请换一种方式再约'
      return v.offeredBy === 'teacher' ? '等家长回复' : '家长回复了，请您确认'
    case 'scheduled':
      return '家访已约好'
    case 'cancelled':
      return '这次家访已取消'
    default:
      return '这次家访已完成'
  }
}

/** Extra lines under the facts: the declined home visit (unless the headline says it) and a cancellation. */
function notes(v: VisitView): string[] {
  const lines: string[] = []
  if (v.homeDeclined && !justDeclined(v))
    lines.push(v.mySide === 'parent' ? '您说了不方便入户，改用其他方式' : '家长不方便入户，改用其他方式')
  else if (v.homeDeclined && v.mySide === 'parent') lines.push('您说了不方便入户，老师会换一种方式再约')
  if (v.status === 'cancelled') {
    const who = v.cancelledBy === 'parent' ? '家长' : '老师'
    lines.push(`${who}取消了家访${v.cancelReason ? `，原因：${v.cancelReason}` : ''}`)
  }
  return lines
}

export function VisitHead({ view: v }: { view: VisitView }) {
  const who = v.mySide === 'parent' ? `${v.teacherName}老师` : `老师：${v.teacherName}`
  return (
    <View className="card visit-head">
      <Text className="card__title visit-head__title">{headline(v)}</Text>
      {v.status === 'scheduled' && v.agreed ? (
        // The agreed day and hours, each kept whole: a line may break between them, never inside a date.
        <View className="visit-head__when">
          <Text className="visit-head__keep">{dayWords(v.agreed.option.startAt)}</Text>
          <Text className="visit-head__keep">{hoursWords(v.agreed.option.startAt, v.agreed.option.endAt)}</Text>
        </View>
      ) : null}
      <Text className="card__meta">{`家访内容：${v.topic}`}</Text>
      <Text className="card__meta">{`${who} · 孩子：${v.studentNames.join('、')}`}</Text>
      <VisitExtras view={v} />
      {notes(v).map((line) => (
        <Text key={line} className="card__meta">
          {line}
        </Text>
      ))}
    </View>
  )
}
