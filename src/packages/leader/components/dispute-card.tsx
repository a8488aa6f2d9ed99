// One dispute in 有异议的家访: the visit, what the parent said, the teacher's side, then the next step.
import { Text, View } from '@tarojs/components'
import type { DisputeView } from '@/core/contract/surveys-supervise.contract'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { KeyValues } from '@/client/ui/key-values'
import { showToast } from '@/client/ui/toast'
import { NoteForm } from './note-form'

const when = (iso: string | null) => (iso ? formatLocal(iso, 'M月D日 HH:mm') : '未约定')

function NextStep({ d, onChanged }: { d: DisputeView; onChanged: () => void }) {
  const done = (msg: string) => (res: { ok: boolean; error?: { message: string } }) => {
    if (!res.ok) return res.error?.message ?? '操作失败'
    showToast(msg)
    onChanged()
    return null
  }
  if (d.actions.includes('resolve')) {
    const resolve = (outcome: 'upheld' | 'rejected') => async (note: string) =>
      done('已处理')(await surveysApi.resolveDispute({ disputeId: d.disputeId, outcome, note }))
    return (
      <NoteForm
        label="处理说明"
        placeholder="核实的经过和结论"
        acts={[
          { label: '家长反映属实', run: resolve('upheld') },
          { label: '经核实记录无误', kind: 'default', run: resolve('rejected') },
        ]}
      />
    )
  }
  if (d.actions.includes('hear_teacher')) {
    const hear = async (text: string) => done('已记录')(await surveysApi.hearTeacher({ disputeId: d.disputeId, text }))
    return (
      <View>
        <Text className="card__meta">已请老师说明情况；老师当面或电话说明的，也可以由您记录。</Text>
        <NoteForm label="老师的说明" placeholder="老师说明的情况" min={2} acts={[{ label: '记录老师的说明', run: hear }]} />
      </View>
    )
  }
  return null
}

export function DisputeCard({ d, onChanged }: { d: DisputeView; onChanged: () => void }) {
  const rows = [
    { key: '家访', value: `${when(d.visit.startAt)} ${d.visit.format}`, keep: true },
    { key: '老师', value: d.visit.teacherName },
    { key: '学生', value: d.visit.children },
    { key: '来源', value: `${d.sourceLabel}（${formatLocal(d.raisedAt, 'M月D日')}）` },
  ]
  return (
    <View className={`card dispute dispute--${d.state}`} aria-label={`${d.visit.children}的家访：${d.reasonLabel}`}>
      <Text className="card__title">{`${d.reasonLabel} · ${d.stateLabel}`}</Text>
      <KeyValues rows={rows} />
      {d.text ? <Text className="dispute__words">{`家长说：${d.text}`}</Text> : null}
      <Text className="dispute__side">{d.teacherSide ? `老师说明：${d.teacherSide.text}` : '老师还没有说明情况'}</Text>
      {d.resolution ? <Text className="dispute__side">{`处理：${d.resolution.text || d.stateLabel}`}</Text> : null}
      <NextStep d={d} onChanged={onChanged} />
    </View>
  )
}
