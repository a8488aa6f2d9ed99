// The visit record (policy §三): one scrolling form in sections, autosaved, submitted once even offline.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { DraftView, RecordView } from '@/core/contract/visits-record.contract'
import { ok } from '@/core/result'
import { formatLocal } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { combine, useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { RecordGuidance, RecordShareAndSign } from '../../components/record-closing'
import { RecordFeedback } from '../../components/record-feedback'
import { RecordRead, VersionsLink } from '../../components/record-read'
import { RecordList } from '../../components/record-lists'
import { RecordPlan } from '../../components/record-plan'
import { RecordTopics } from '../../components/record-topics'
import { ToneHints } from '../../components/tone-hints'
import { rephrased, toneLabelOf, toneTextsOf } from '../../components/record-tone'
import { useRecordForm } from '../../components/use-record-form'

const noDraft = (visitId: string): DraftView => ({ visitId, version: 0, draft: {}, updatedAt: null })

const Section = ({ title }: { title: string }) => <Text className="section-title">{title}</Text>

function RecordFormBody({ view, draft, onDone }: { view: RecordView; draft: DraftView; onDone: () => void }) {
  const f = useRecordForm(view, draft, onDone)
  const { dialog, ask } = useConfirm()
  const { form, change } = f
  const toneTexts = toneTextsOf(form)
  const confirm = () => {
    const problem = f.problem()
    if (problem) return f.setError(problem)
    ask({
      title: f.amending ? '提交修改后的记录？' : '提交家访记录？',
      text: f.amending
        ? '修改后的记录会保存为新的一版，原来的版本也会保留。'
        : '提交后这次家访记为已完成；7天内还可以修改。家长只会看到小结、闪光点和共育策略。',
      confirmLabel: '确认提交',
      // The dialog closes at once; the page shows the sending, then the queue if the network is away.
      onConfirm: () => void f.submit(),
    })
  }
  return (
    <View className="record-form">
      {f.notice ? (
        <View className="notice-bar" role="status">
          <Text>{f.notice}</Text>
        </View>
      ) : null}
      {view.dueBy && !view.submitted ? (
        <Text className="field__hint">{`请在${formatLocal(`${view.dueBy}T12:00:00+08:00`, 'M月D日')}前提交${view.overdue ? '（已超期）' : ''}`}</Text>
      ) : null}
      <Section title="一、家庭情况" />
      <RecordTopics form={form} onChange={change} />
      <Section title="二、德智体美劳反馈" />
      <RecordFeedback items={form.feedback} onChange={(feedback) => change({ ...form, feedback })} />
      <Section title="三、商定的共育策略" />
      <RecordList field="strategies" form={form} onChange={change} />
      <Section title="四、家庭教育指导与学校介绍" />
      <RecordGuidance form={form} onChange={change} />
      <Section title="五、家长意见" />
      <RecordList field="opinions" form={form} onChange={change} />
      <Section title="六、个性化共育方案（可选）" />
      <RecordPlan plan={form.plan} onChange={(plan) => change({ ...form, plan })} />
      <Section title="七、小结与承诺" />
      <RecordShareAndSign form={form} onChange={change} />
      <ToneHints
        texts={toneTexts}
        labels={Object.fromEntries(toneTexts.map((t) => [t.field, toneLabelOf(t.field)]))}
        onRephrase={(field, start, end, suggestion) => change(rephrased(form, field, start, end, suggestion))}
      />
      {f.waiting && !f.busy ? (
        <View className="notice-bar record-queued" role="status">
          <Text>{`${f.waiting} 份记录等待网络恢复后提交`}</Text>
          <Text className="field__hint">记录已保存在手机上，网络恢复后会自动提交，只提交一次。</Text>
        </View>
      ) : null}
      <FormError message={f.error} />
      {f.waiting && !f.busy ? (
        <BigButton kind="default" onClick={f.retry}>
          现在重试提交
        </BigButton>
      ) : (
        <BigButton loading={f.busy} onClick={confirm}>
          {f.amending ? '提交修改' : '提交家访记录'}
        </BigButton>
      )}
      {dialog}
    </View>
  )
}

function Done({ view }: { view: RecordView }) {
  return (
    <View className="card" role="status">
      <Text className="card__title">家访记录已提交</Text>
      <Text className="card__meta">{`第 ${view.version} 版${view.amendUntil ? `，${formatLocal(view.amendUntil, 'M月D日')}前可以修改` : ''}`}</Text>
      <VersionsLink view={view} />
      <BigButton onClick={() => void Taro.navigateBack()}>返回家访详情</BigButton>
    </View>
  )
}

export default function RecordPage() {
  const { id: visitId } = usePageParams('visitRecord')
  const record = useApi(() => visitsApi.getRecord({ visitId }), [visitId])
  // Only the author has a draft; others read the record.
  const author = record.data?.role === 'author'
  const draft = useApi(() => (author ? visitsApi.getDraft({ visitId }) : Promise.resolve(ok(noDraft(visitId)))), [visitId, author])
  const [done, setDone] = useState(false)
  const [editing, setEditing] = useState(false)
  return (
    <Screen title="家访记录">
      <Loaded state={combine(record, draft)}>
        {([view, d]) =>
          view.role !== 'author' ? (
            <RecordRead view={view} />
          ) : done || (view.submitted && !editing) ? (
            <View>
              <Done view={view} />
              {view.canAmend && !done ? (
                <BigButton kind="default" onClick={() => setEditing(true)}>
                  修改记录
                </BigButton>
              ) : null}
            </View>
          ) : (
            <RecordFormBody key={`${d.version}:${d.updatedAt}`} view={view} draft={d} onDone={() => (setDone(true), record.reload())} />
          )
        }
      </Loaded>
    </Screen>
  )
}
