// Teacher home: 家长申请更正信息 — a parent says something the school holds is wrong; the head teacher
// checks it, marks it 已处理 with a note the parent reads on 我的信息. Nothing shows while none is waiting.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CorrectionView } from '@/core/contract/privacy-own-data.contract'
import { CORRECTION_ITEMS } from '@/core/privacy/correction.schema'
import { formatLocal } from '@/core/time'
import { privacyApi } from '@/client/calls/privacy'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'
import { showToast } from '@/client/ui/toast'

const MAX = 300

function TaskCard({ task, onDone }: { task: CorrectionView; onDone: () => void }) {
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const handle = async () => {
    setBusy(true)
    setError(null)
    const res = await privacyApi.handleCorrection({ correctionId: task.correctionId, note })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    showToast('已处理')
    onDone()
  }
  return (
    <View className="correction-task" aria-label={`${task.studentName}家长的更正申请`}>
      <Text className="row__main">{`${task.studentName} · ${CORRECTION_ITEMS[task.item]}`}</Text>
      <Text className="card__meta">{`${task.applicantName}（${formatLocal(task.createdAt, 'M月D日')}）：${task.text}`}</Text>
      <TextBox
        label={`给${task.applicantName}的处理说明`}
        value={note}
        maxLength={MAX}
        placeholder="例如：已核对并改正"
        error={error}
        onInput={setNote}
      />
      <BigButton loading={busy} disabled={!note.trim()} onClick={() => void handle()}>
        已处理
      </BigButton>
    </View>
  )
}

export function CorrectionTasks() {
  const tasks = useApi(() => privacyApi.correctionTasks({}))
  useReshow(tasks.reload)
  const open = (tasks.data?.tasks ?? []).filter((t) => t.state === 'open')
  if (!open.length) return null
  return (
    <View className="card correction-tasks">
      <Text className="card__title">{`家长申请更正信息 ${open.length}`}</Text>
      {open.map((t) => (
        <TaskCard key={t.correctionId} task={t} onDone={tasks.reload} />
      ))}
    </View>
  )
}
