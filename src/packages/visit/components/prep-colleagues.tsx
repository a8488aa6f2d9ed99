// Colleagues' input in the pack: who was asked and what they answered; the visit's teacher picks more.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MAX_ASK, type PrepView } from '@/core/contract/visits-prep.contract'
import { formatLocal } from '@/core/time'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
import { ManyChoices } from '@/client/ui/many-choices'
import { showToast } from '@/client/ui/toast'

type Colleague = { staffId: string; name: string; why: string; asked: boolean }
type Props = { view: PrepView; onAsked: (v: PrepView) => void }

function Answers({ view: v }: { view: PrepView }) {
  if (!v.requests.length) return <Text className="card__meta">还没有请同事提供情况</Text>
  return (
    <View>
      {v.requests.map((q) => (
        <View key={q.requestId} className="prep-answer">
          <Text className="prep-answer__who">{`${q.staffName}老师（${q.why}）`}</Text>
          <Text className={q.text ? 'prep-answer__text' : 'card__meta'}>{q.text ?? '还没有回复'}</Text>
          {q.answeredAt ? <Text className="card__meta">{`回复于${formatLocal(q.answeredAt, 'M月D日 HH:mm')}`}</Text> : null}
        </View>
      ))}
    </View>
  )
}

function Picker({ view: v, onAsked, onClose }: Props & { onClose: () => void }) {
  const [list, setList] = useState<Colleague[] | null>(null)
  const [picked, setPicked] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void visitsApi.prepColleagues({ visitId: v.visitId }).then((res) => {
      if (res.ok) setList(res.data.colleagues.filter((c) => !c.asked))
      else setError(res.error.message)
    })
  }, [v.visitId])
  const send = async () => {
    setBusy(true)
    setError(null)
    const res = await visitsApi.askColleagues({ visitId: v.visitId, staffIds: picked })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    showToast('已发送请求')
    onAsked(res.data)
    onClose()
  }
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length < MAX_ASK ? [...p, id] : p))
  return (
    <View className="prep-picker">
      {list === null && !error ? <Text className="card__meta">正在加载同事名单…</Text> : null}
      {list && !list.length ? <Text className="card__meta">没有其他可以请教的同事了</Text> : null}
      {list?.length ? (
        <ManyChoices
          label="请哪几位同事提供情况？"
          hint={`只列出教这个孩子或同年级的老师，一次最多${MAX_ASK}位`}
          layout="column"
          options={list.map((c) => ({ value: c.staffId, label: `${c.name}老师`, note: c.why }))}
          values={picked}
          onToggle={toggle}
        />
      ) : null}
      <FormError message={error} />
      <View className="pair">
        <BigButton disabled={!picked.length} loading={busy} onClick={() => void send()}>
          发送请求
        </BigButton>
        <BigButton kind="default" onClick={onClose}>
          取消
        </BigButton>
      </View>
    </View>
  )
}

export function PrepColleagues({ view: v, onAsked }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <View className="card" aria-label="同事提供的情况">
      <Text className="card__title">同事提供的情况</Text>
      <Answers view={v} />
      {v.readOnly ? null : open ? (
        <Picker view={v} onAsked={onAsked} onClose={() => setOpen(false)} />
      ) : (
        <BigButton kind="default" onClick={() => setOpen(true)}>
          请同事提供情况
        </BigButton>
      )}
    </View>
  )
}
