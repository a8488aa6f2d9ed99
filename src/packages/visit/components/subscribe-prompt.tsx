import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { subscribe } from '@/client/subscribe'
import { SURVEY_KEYS, VISIT_REMINDER_KEYS } from '@/client/subscribe.types'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'

/** After answering: offer reminders with a tap (WeChat only allows the dialog from a tap). Never blocks. */
export function SubscribePrompt({ onClose }: { onClose: () => void }) {
  const [state, setState] = useState<'ask' | 'busy' | 'done' | 'none'>('ask')
  const [error, setError] = useState<string | null>(null)
  const accept = async () => {
    setState('busy')
    setError(null)
    const res = await subscribe(VISIT_REMINDER_KEYS)
    if (!res.ok) {
      setError(res.error.message)
      return setState('ask')
    }
    setState(res.data.accepted.length ? 'done' : 'none')
  }
  if (state === 'done' || state === 'none') {
    return (
      <View className="card notice-card" role="status">
        <Text className="card__title">{state === 'done' ? '已开启提醒' : '没有开启提醒'}</Text>
        <Text className="card__meta">
          {state === 'done' ? '时间确定、有变动和家访前一天，都会提醒您。' : '以后想要提醒，可以在家访页面再点“接收提醒”。'}
        </Text>
        {state === 'done' ? <SurveyNotice /> : null}
      </View>
    )
  }
  return (
    <View className="card notice-card" aria-label="家访提醒">
      <Text className="card__title">要不要提醒您？</Text>
      <Text className="card__meta">时间确定、有变动和家访前一天，会在微信里提醒您。提醒里不写孩子的名字。</Text>
      <FormError message={error} />
      <BigButton loading={state === 'busy'} onClick={() => void accept()}>
        接收提醒
      </BigButton>
      <BigButton kind="default" onClick={onClose}>
        不用了
      </BigButton>
    </View>
  )
}

/** A second tap (WeChat needs one per dialog): the questionnaire the school sends after the visit. */
function SurveyNotice() {
  const [state, setState] = useState<'ask' | 'busy' | 'done' | 'none'>('ask')
  const [error, setError] = useState<string | null>(null)
  const accept = async () => {
    setState('busy')
    setError(null)
    const res = await subscribe(SURVEY_KEYS)
    if (!res.ok) {
      setError(res.error.message)
      return setState('ask')
    }
    setState(res.data.accepted.length ? 'done' : 'none')
  }
  if (state === 'done') return <Text className="card__meta">家访后的满意度问卷也会通知您。</Text>
  if (state === 'none') return <Text className="card__meta">问卷会放在“我的提醒”里，打开小程序就能看到。</Text>
  return (
    <View>
      <Text className="card__meta">家访后，学校会请您评价这次家访（不是老师发的）。</Text>
      <FormError message={error} />
      <BigButton kind="default" loading={state === 'busy'} onClick={() => void accept()}>
        也接收问卷通知
      </BigButton>
    </View>
  )
}
