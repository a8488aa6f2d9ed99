// 确认回执: what both sides agreed to. Label above value on large text, dates never broken mid-date,
// the format in plain words, and a phone agreement said to be one (the teacher recorded the parent's yes).
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import type { Side, VisitFormat } from '@/core/model/visit.schema'
import { formatLocal } from '@/core/time'
import { KeyValues, type KeyValue } from '@/client/ui/key-values'
import { StatusTag } from '@/client/ui/status-tag'
import { dayWords, hoursWords } from '@/client/visit-time'

type Receipt = NonNullable<VisitView['receipt']>

/** How the visit happens, as people say it. */
const HOW: Record<VisitFormat, string> = {
  home: '老师到家里来看看孩子',
  video: '视频通话聊聊孩子',
  school: '到学校或约定的地方见面',
  group: '几个家庭一起聊（分组家访）',
}

const when = (at: string) => formatLocal(at, 'M月D日 HH:mm')

export function receiptRows(r: Receipt, side: Side): KeyValue[] {
  const rows: Array<KeyValue | null> = [
    { key: '家访内容', value: r.topic },
    { key: '日期', value: dayWords(r.startAt), keep: true },
    { key: '时间', value: hoursWords(r.startAt, r.endAt), keep: true },
    { key: '方式', value: HOW[r.format] },
    r.place ? { key: '地点', value: r.place } : null,
    { key: '老师', value: r.teacherName },
    r.coVisitorNames.length ? { key: '共同家访', value: r.coVisitorNames.map((n) => `${n}老师`).join('、') } : null,
    { key: '家长', value: r.parentName },
    { key: '孩子', value: r.studentNames.join('、') },
    { key: '会记录什么', value: r.recorded },
    { key: '谁能看到', value: r.whoSees },
    // The notice version is for the school's records; a parent reads the notice itself, not its version.
    side === 'teacher' ? { key: '隐私告知版本', value: r.noticeVersion, keep: true } : null,
    { key: '老师确认', value: when(r.teacherConfirmedAt), keep: true },
    { key: r.viaPhone ? '家长电话确认（老师代记）' : '家长确认', value: when(r.parentConfirmedAt), keep: true },
  ]
  return rows.filter((x): x is KeyValue => x !== null)
}

export function Receipt({ receipt, side }: { receipt: Receipt; side: Side }) {
  return (
    <View className="card receipt" aria-label="确认回执">
      <Text className="card__title">确认回执</Text>
      {receipt.viaPhone ? <StatusTag tone="phone">电话约定（老师记录）</StatusTag> : null}
      <KeyValues rows={receiptRows(receipt, side)} label="确认回执的内容" />
    </View>
  )
}
