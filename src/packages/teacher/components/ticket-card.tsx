// One parent's opinion to answer: what they said, about whom, how long it has waited, and the reply.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TicketView } from '@/core/contract/surveys-tickets.contract'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'
import { showToast } from '@/client/ui/toast'

const MAX = 300
const SOURCE_WORDS = { record: '家访时提出', survey: '问卷中提出', suggestion: '家长提的建议' } as const

export function TicketCard({ ticket: first }: { ticket: TicketView }) {
  const [t, setT] = useState(first)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const send = async () => {
    setBusy(true)
    setError(null)
    const res = await surveysApi.answerTicket({ ticketId: t.ticketId, text })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setT(res.data)
    showToast('已回复，家长会收到提醒')
  }
  return (
    <View className="card ticket" aria-label={`${t.about}家长的意见`}>
      <Text className="card__title">{t.text}</Text>
      <Text className="card__meta">
        {`${t.about ? `${t.about}家长 · ` : ''}${SOURCE_WORDS[t.source]} · ${t.routeLabel}${t.movedFrom ? ` · 由${t.movedFrom}转来` : ''}`}
      </Text>
      <Text className={t.state === 'open' ? 'ticket__age ticket__age--open' : 'ticket__age'}>{t.ageLabel}</Text>
      {t.answer ? (
        <Text className="ticket__answer">{`您的回复（${formatLocal(t.answer.at, 'M月D日')}）：${t.answer.text}`}</Text>
      ) : (
        <View>
          <TextBox label="回复家长" value={text} maxLength={MAX} placeholder="家长能看到您的回复" error={error} onInput={setText} />
          <BigButton loading={busy} disabled={!text.trim()} onClick={() => void send()}>
            回复
          </BigButton>
        </View>
      )}
    </View>
  )
}
