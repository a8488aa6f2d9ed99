import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { VISIT_FORMAT_LABELS, VISIT_FORMATS } from '@/core/model/visit.schema'
import { BigButton } from '@/client/ui/big-button'
import { Field } from '@/client/ui/field'
import {
  DURATION_CHIPS,
  TIME_CHIPS,
  dayChips,
  draftSummary,
  emptyDraft,
  isDraftComplete,
  isPastChip,
  type OptionDraft,
  type VisitFormat,
} from '@/client/visit-time'
import { Choices } from '@/client/ui/choice'

type Props = {
  drafts: OptionDraft[]
  onChange: (drafts: OptionDraft[]) => void
  max?: number
  formats?: readonly VisitFormat[]
  now?: Date
}

/** 1–max time options, each chosen with chips; one is open for editing, the others show a summary line. */
export function OptionPicker({ drafts, onChange, max = 4, formats = VISIT_FORMATS, now = new Date() }: Props) {
  const [open, setOpen] = useState(Math.max(0, drafts.length - 1))
  const days = dayChips(now)
  const set = (i: number, patch: Partial<OptionDraft>) => onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)))
  const add = () => {
    onChange([...drafts, emptyDraft(formats.length === 1 ? formats[0] : (drafts[drafts.length - 1]?.format ?? null))])
    setOpen(drafts.length)
  }
  const remove = (i: number) => {
    onChange(drafts.filter((_, j) => j !== i))
    setOpen(Math.max(0, Math.min(open, drafts.length - 2)))
  }
  return (
    <View className="picker">
      {drafts.map((d, i) => {
        const title = max > 1 ? `第${i + 1}个时间` : '时间'
        if (i !== open) {
          return (
            <View key={i} className="card option-draft" aria-label={`${title}：${draftSummary(d, VISIT_FORMAT_LABELS)}`}>
              <Text className="card__title">{title}</Text>
              <Text className="card__meta">{draftSummary(d, VISIT_FORMAT_LABELS)}</Text>
              <View className="pair">
                <BigButton kind="default" label={`修改${title}`} onClick={() => setOpen(i)}>
                  修改
                </BigButton>
                {drafts.length > 1 ? (
                  <BigButton kind="default" label={`删掉${title}`} onClick={() => remove(i)}>
                    删掉
                  </BigButton>
                ) : null}
              </View>
            </View>
          )
        }
        return (
          <View key={i} className="card option-draft option-draft--open">
            <Text className="card__title">{title}</Text>
            <Choices label="哪一天" options={days} value={d.day} onChange={(day) => set(i, { day })} />
            <Choices
              label="几点开始"
              options={TIME_CHIPS.map((t) => ({ value: t, label: t, disabled: d.day !== null && isPastChip(d.day, t, now) }))}
              value={d.time}
              onChange={(time) => set(i, { time })}
            />
            <Choices
              label="多长时间"
              options={DURATION_CHIPS.map((m) => ({ value: m, label: `${m} 分钟` }))}
              value={d.minutes}
              onChange={(minutes) => set(i, { minutes })}
            />
            <Choices
              label="家访形式"
              options={formats.map((f) => ({ value: f, label: f === 'school' ? '到校约见' : VISIT_FORMAT_LABELS[f] }))}
              value={d.format}
              onChange={(format) => set(i, { format })}
            />
            {d.format && d.format !== 'home' ? (
              <Field
                label="地点（可不填）"
                value={d.place}
                onInput={(place) => set(i, { place })}
                placeholder="例如：学校会议室"
                maxlength={50}
              />
            ) : null}
            {isDraftComplete(d) ? <Text className="card__meta">{draftSummary(d, VISIT_FORMAT_LABELS)}</Text> : null}
            {drafts.length > 1 ? (
              <BigButton kind="default" label={`删掉${title}`} onClick={() => remove(i)}>
                删掉这个时间
              </BigButton>
            ) : null}
          </View>
        )
      })}
      {drafts.length < max ? (
        <BigButton kind="default" onClick={add}>
          再加一个时间
        </BigButton>
      ) : null}
    </View>
  )
}
