// The questionnaire the school sends after a visit: one screen, large targets, each question readable
// aloud where the platform can. A failed submit keeps every answer and says what to do; submitting
// again is safe (the server counts one answer per questionnaire).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { QuestionnaireView } from '@/core/contract/surveys-answer.contract'
import { surveysApi } from '@/client/calls/surveys'
import { HOME_PATHS } from '@/client/routes'
import { speech } from '@/client/speech'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { SurveyQuestion } from '@/client/ui/survey-question'
import { usePageParams } from '@/client/use-page-params'
import { useApi } from '@/client/use-api'

type Values = Record<string, string | boolean>
const goHome = () => void Taro.reLaunch({ url: HOME_PATHS.parent })

const DONE_TEXT: Record<Exclude<QuestionnaireView['state'], 'open'>, { title: string; meta: string }> = {
  answered: { title: '谢谢您！', meta: '您的回答已经交给学校。老师看不到您个人的回答。' },
  closed: { title: '这份问卷已经结束填写', meta: '谢谢您的关注。有想法可以随时告诉学校。' },
  waiting: { title: '这份问卷还没有开始', meta: '请稍后再打开。' },
}

function Done({ state }: { state: Exclude<QuestionnaireView['state'], 'open'> }) {
  const t = DONE_TEXT[state]
  return (
    <View className="card" role="status">
      <Text className="card__title">{t.title}</Text>
      <Text className="card__meta">{t.meta}</Text>
      <BigButton kind="default" onClick={goHome}>
        回到首页
      </BigButton>
    </View>
  )
}

function Form({ view }: { view: QuestionnaireView }) {
  const [values, setValues] = useState<Values>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState(false)
  if (sent) return <Done state="answered" />
  if (view.state !== 'open') return <Done state={view.state} />

  const submit = async () => {
    const missing = view.questions.find((q) => q.required && values[q.id] === undefined)
    if (missing) return setError(`请回答第${view.questions.indexOf(missing) + 1}题：${missing.label}`)
    speech.stop()
    setBusy(true)
    setError(null)
    const res = await surveysApi.answer({ id: view.id, answer: { version: view.version, values } })
    setBusy(false)
    if (res.ok || res.error.code === 'SURVEY.ANSWERED') return setSent(true)
    setError(res.error.code.startsWith('NET.') ? '网络不太好，您的回答还在，请再点一次“提交”' : res.error.message)
  }

  return (
    <View>
      <Text className="lead">{view.intro}</Text>
      {view.questions.map((q, k) => (
        <SurveyQuestion key={q.id} q={q} n={k + 1} value={values[q.id]} onChange={(v) => setValues({ ...values, [q.id]: v })} />
      ))}
      <FormError message={error} />
      <View className="form-actions">
        <BigButton loading={busy} onClick={() => void submit()}>
          提交
        </BigButton>
      </View>
    </View>
  )
}

export default function ParentSurveyPage() {
  const { id } = usePageParams('parentSurvey')
  const state = useApi(() => surveysApi.questionnaire({ id }))
  return (
    <Screen title="家访满意度问卷" large>
      <Loaded state={state}>{(view) => <Form view={view} />}</Loaded>
    </Screen>
  )
}
