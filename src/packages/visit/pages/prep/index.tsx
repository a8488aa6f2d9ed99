// 家访准备 (policy §四(三) 无准备、不家访): the visit's teacher writes the pack — strengths first, questions,
// a talk with the child, colleagues' notes — and sees what is still missing; co-visitors read it.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PrepView } from '@/core/contract/visits-prep.contract'
import { formatLocal } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { CheckRow } from '@/client/ui/check-row'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { PrepColleagues } from '../../components/prep-colleagues'
import { draftOf, packOf, type Draft } from '../../components/prep-draft'
import { OutlineForm, OutlineView } from '../../components/prep-outline'

function Missing({ missing }: { missing: string[] }) {
  if (!missing.length)
    return (
      <View className="card prep-done" role="status">
        <Text className="card__title">准备好了，可以去家访</Text>
      </View>
    )
  return (
    <View className="card prep-missing" role="status" aria-label="还差">
      <Text className="card__title">还差：</Text>
      {missing.map((m) => (
        <Text key={m} className="prep-missing__item">{`· ${m}`}</Text>
      ))}
    </View>
  )
}

function Head({ view: v }: { view: PrepView }) {
  return (
    <View className="card">
      <Text className="card__title">{v.studentNames.join('、')}</Text>
      {v.startAt ? <Text className="card__meta">{`家访时间：${formatLocal(v.startAt, 'M月D日 HH:mm')}`}</Text> : null}
      {v.previous ? <Text className="card__meta">{`上次家访：${v.previous.date}，聊了“${v.previous.topic}”`}</Text> : null}
      {v.lastStrategies.length ? (
        <Text className="card__meta words">{`上次商定：${v.lastStrategies.join('；')}。这次可以问问做得怎么样。`}</Text>
      ) : null}
      {v.readOnly ? <Text className="card__meta">您是共同家访人，可以查看，由安排家访的老师填写</Text> : null}
    </View>
  )
}

function PrepEditor({ first }: { first: PrepView }) {
  const [view, setView] = useState(first)
  const [draft, setDraft] = useState<Draft>(() => draftOf(first))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setView(first), [first])
  const save = async () => {
    setBusy(true)
    setError(null)
    const res = await visitsApi.savePrep({ visitId: view.visitId, version: view.version, ...packOf(draft) })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    setView(res.data)
    showToast('已保存')
  }
  if (view.readOnly)
    return (
      <View>
        <Head view={view} />
        <Missing missing={view.missing} />
        <OutlineView view={view} />
        <PrepColleagues view={view} onAsked={setView} />
      </View>
    )
  return (
    <View>
      <Head view={view} />
      <Missing missing={view.missing} />
      <OutlineForm draft={draft} onChange={setDraft} />
      <View className="card">
        <CheckRow
          checked={draft.talked}
          onChange={(talked) => setDraft({ ...draft, talked })}
          title="已和孩子谈过"
          hint="家访前先听听孩子自己的想法，让孩子知道老师要来"
        />
      </View>
      <PrepColleagues view={view} onAsked={setView} />
      <FormError message={error} />
      <BigButton loading={busy} onClick={() => void save()}>
        保存家访准备
      </BigButton>
    </View>
  )
}

export default function VisitPrepPage() {
  const { id: visitId } = usePageParams('visitPrep')
  const loaded = useApi(() => visitsApi.getPrep({ visitId }), [visitId])
  return (
    <Screen title="家访准备" large>
      <Loaded state={loaded}>{(v) => <PrepEditor first={v} />}</Loaded>
    </Screen>
  )
}
