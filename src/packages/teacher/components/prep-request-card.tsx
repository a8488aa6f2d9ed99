// One colleague's request on 同事请你提供情况: who asks, about which child, and a line or two in reply.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MyPrepRequest } from '@/core/contract/visits-prep.contract'
import { formatLocal } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'
import { showToast } from '@/client/ui/toast'

const MAX = 300

export function PrepRequestCard({ request: first }: { request: MyPrepRequest }) {
  const [q, setQ] = useState(first)
  const [text, setText] = useState(first.text ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const send = async () => {
    setBusy(true)
    setError(null)
    const res = await visitsApi.answerPrepRequest({ requestId: q.requestId, text })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setQ(res.data)
    showToast('已回复')
  }
  return (
    <View className="card prep-request" aria-label={`${q.askedByName}老师的请求`}>
      <Text className="card__title">{`${q.askedByName}老师请您提供情况`}</Text>
      <Text className="card__meta">{`学生：${q.studentNames.join('、')}（您是${q.why}）`}</Text>
      {q.startAt ? <Text className="card__meta">{`家访时间：${formatLocal(q.startAt, 'M月D日 HH:mm')}`}</Text> : null}
      <TextBox
        label={`关于${q.studentNames.join('、')}的情况`}
        value={text}
        maxLength={MAX}
        placeholder="用一两句话写孩子在您课上的表现，先写做得好的地方"
        hint={q.answeredAt ? `已于${formatLocal(q.answeredAt, 'M月D日 HH:mm')}回复，可以修改` : undefined}
        error={error}
        onInput={setText}
      />
      <BigButton loading={busy} disabled={!text.trim() || text === q.text} onClick={() => void send()}>
        {q.answeredAt ? '修改回复' : '回复'}
      </BigButton>
    </View>
  )
}
