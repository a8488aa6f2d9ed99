// 给学校提建议: one text box and two big buttons, to the head teacher or to the school. A retried send
// keeps its request id, so the suggestion is recorded once.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TicketRoute } from '@/core/survey/ticket.rules'
import { surveysApi } from '@/client/calls/surveys'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'
import { showToast } from '@/client/ui/toast'

const MAX = 200
const newRequestId = () => `sug-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export function SuggestForm({ onSent }: { onSent: () => void }) {
  const [text, setText] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const [busy, setBusy] = useState<TicketRoute | null>(null)
  const [error, setError] = useState<string | null>(null)
  const send = async (to: TicketRoute) => {
    setBusy(to)
    setError(null)
    const res = await surveysApi.suggest({ requestId, to, text })
    setBusy(null)
    if (!res.ok) return setError(res.error.message)
    setText('')
    setRequestId(newRequestId())
    showToast(to === 'class' ? '已交给班主任' : '已交给学校')
    onSent()
  }
  return (
    <View className="card suggest">
      <TextBox
        label="您的建议"
        value={text}
        maxLength={MAX}
        placeholder="想对班主任或学校说的话，写在这里"
        hint="老师回复后您会收到提醒"
        error={error}
        onInput={setText}
      />
      <BigButton loading={busy === 'class'} disabled={!text.trim() || !!busy} onClick={() => void send('class')}>
        给班主任
      </BigButton>
      <BigButton loading={busy === 'school'} disabled={!text.trim() || !!busy} onClick={() => void send('school')}>
        给学校
      </BigButton>
    </View>
  )
}
