// The teacher's proposal: one sentence of topic and 1–4 windows picked with chips. Opened from a plan
// follow-up (还需家访), it is sent as a follow-up visit with the agreed step as its topic.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AppError } from '@/core/result'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { draftsToOptions, emptyDraft, type OptionDraft } from '@/client/visit-time'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { useReshow } from '@/client/use-reshow'
import { CheckRow } from '@/client/ui/check-row'
import { JoinOffer } from '../../components/join-offer'
import { NoWeChatCard } from '../../components/no-wechat'
import { OptionPicker } from '../../components/option-picker'

export default function ProposePage() {
  const { studentId, name: studentName, followUp: planned } = usePageParams('visitPropose')
  const [topic, setTopic] = useState(planned.slice(0, 100))
  const [drafts, setDrafts] = useState<OptionDraft[]>([emptyDraft('home')])
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  // Whether anyone in the family would receive it; if this read fails, the visit page says so after sending.
  const reach = useApi(() => visitsApi.familyReach({ studentId }), [studentId])
  useReshow(reach.reload) // back from registering a guardian
  const nobody = reach.data !== null && !reach.data.reachable
  // When the parents said they are free ("家长方便：工作日晚上19:00后；视频"); nothing shown if this read fails.
  const free = useApi(() => visitsApi.suggest({ studentIds: [studentId] }), [studentId]).data?.suggestions[0]

  const [survey, setSurvey] = useState(false)
  // Once told the family is held this period, the co-visit and follow-up choices stay on screen.
  const [held, setHeld] = useState<'other' | 'mine' | null>(null)
  const submit = async (followUp = planned !== '') => {
    const checked = draftsToOptions(drafts)
    if (!topic.trim()) return setError({ code: 'INPUT.INVALID', message: '请写一句想和家长聊什么' })
    if (!checked.ok) return setError({ code: 'INPUT.INVALID', message: checked.message })
    setBusy(true)
    setError(null)
    const res = await visitsApi.propose({ studentId, topic: topic.trim(), options: checked.options, followUp, combinedSurvey: survey })
    setBusy(false)
    if (res.ok) return void Taro.redirectTo({ url: pagePath('visitDetail', { id: res.data.visitId }) })
    setError(res.error) // the form keeps everything the teacher entered
    if (res.error.code === 'VISIT.FAMILY_CLAIMED') setHeld('other')
    if (res.error.code === 'VISIT.ALREADY_PROPOSED') setHeld('mine')
  }

  const existing = error?.code === 'VISIT.ALREADY_PROPOSED' ? (error.details as { visitId?: string } | undefined)?.visitId : undefined
  return (
    <Screen title="发起家访" subtitle={studentName ? `学生：${studentName}` : null}>
      {nobody ? <NoWeChatCard family={reach.data!} stage="before" /> : null}
      {planned ? <Text className="lead">跟进家访：按共育方案再去一次，不算重复家访。</Text> : null}
      <Text className="lead">给家长几个可选的时间（最多4个），家长选一个或另约时间。</Text>
      {free?.ok ? <Text className="lead free-words">{free.availability}</Text> : null}
      <Field label="想和家长聊什么" value={topic} onInput={setTopic} placeholder="一句话：想和家长聊什么" maxlength={100} />
      <OptionPicker drafts={drafts} onChange={setDrafts} />
      {reach.data?.surveyEligible ? (
        <CheckRow checked={survey} onChange={setSurvey} title="本次家访结合入户调查" hint="建档立卡家庭：家访时一起完成入户调查" />
      ) : null}
      <FormError message={error?.message ?? null} />
      {existing ? (
        <BigButton kind="default" onClick={() => void Taro.redirectTo({ url: pagePath('visitDetail', { id: existing }) })}>
          打开这次家访
        </BigButton>
      ) : null}
      {held ? (
        <JoinOffer
          studentId={studentId}
          claimed={held === 'other'}
          busy={busy}
          onFollowUp={() => void submit(true)}
          onSent={() => setError(null)}
        />
      ) : null}
      {/* A family held this period cannot take a second required visit: only the choices above remain. */}
      {held ? null : (
        <View className="form-actions">
          {/* A plan follow-up in a period whose required visit is not agreed yet: this visit can be that one. */}
          {planned && error?.code === 'VISIT.NO_REQUIRED_VISIT' ? (
            <BigButton loading={busy} onClick={() => void submit(false)}>
              作为本次需要的家访发出
            </BigButton>
          ) : (
            <BigButton loading={busy} onClick={() => void submit()}>
              {nobody ? '发起家访，再打电话约' : '发给家长'}
            </BigButton>
          )}
        </View>
      )}
    </Screen>
  )
}
