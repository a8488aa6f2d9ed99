// The outcome of one spot-check call, in taps: reached? then what the family said (SpotCheckOutcomeSchema).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SpotCheckOutcome } from '@/core/survey/spot-check.outcome'
import { Choices, type Option } from '@/client/ui/choice'
import { NoteForm } from './note-form'

type Answer = 'yes' | 'no' | 'unknown'
const YES_NO: Option<Answer>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unknown', label: '没有问到' },
]
const TOOK: Option<NonNullable<SpotCheckOutcome['tookPlace']> | 'unknown'>[] = [
  { value: 'as_recorded', label: '与记录一致' },
  { value: 'different', label: '时间或方式不符' },
  { value: 'not_held', label: '说没有家访' },
  { value: 'unknown', label: '没有问到' },
]
const flag = (a: Answer | null) => (a === 'yes' ? true : a === 'no' ? false : null)

export function SpotOutcomeForm({ onSave }: { onSave: (o: SpotCheckOutcome) => Promise<string | null> }) {
  const [reached, setReached] = useState<boolean | null>(null)
  const [took, setTook] = useState<(typeof TOOK)[number]['value'] | null>(null)
  const [satisfied, setSatisfied] = useState<Answer | null>(null)
  const [offered, setOffered] = useState<Answer | null>(null)
  const reachedOptions: Option<'yes' | 'no'>[] = [
    { value: 'yes', label: '联系上了' },
    { value: 'no', label: '没有联系上' },
  ]
  const save = (note: string) =>
    onSave(
      reached
        ? { reached, tookPlace: took && took !== 'unknown' ? took : null, satisfied: flag(satisfied), offered: flag(offered), note }
        : { reached: false, tookPlace: null, satisfied: null, offered: null, note },
    )
  return (
    <View className="spot-outcome">
      <Text className="section-title">通话结果</Text>
      <Choices
        label="是否联系上家长"
        options={reachedOptions}
        value={reached === null ? null : reached ? 'yes' : 'no'}
        onChange={(v) => setReached(v === 'yes')}
      />
      {reached ? (
        <View>
          <Choices label="家访是否属实" options={TOOK} value={took} onChange={setTook} />
          <Choices label="家长是否满意" options={YES_NO} value={satisfied} onChange={setSatisfied} />
          <Choices label="是否有送礼、吃请或钱物" options={YES_NO} value={offered} onChange={setOffered} />
        </View>
      ) : null}
      {reached !== null ? (
        <NoteForm label="通话记录（可不填）" placeholder="家长说的要点" acts={[{ label: '保存结果', run: save }]} />
      ) : null}
    </View>
  )
}
