// One time, the way a parent (often a grandparent, on large text) says it: which day, morning /
// afternoon / evening, then one of a few start times. The length is the teacher's; nothing to nest.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Choices } from '@/client/ui/choice'
import { KeepDates } from '@/client/ui/keep-dates'
import {
  DAY_PART_LABELS,
  DAY_PARTS,
  PARENT_FORMAT_LABELS,
  PART_TIMES,
  chipWords,
  dayChips,
  draftToOption,
  isPastChip,
  partOf,
  windowWords,
  type DayPart,
  type OptionDraft,
} from '@/client/visit-time'

type ParentFormat = keyof typeof PARENT_FORMAT_LABELS
type Props = { draft: OptionDraft; onChange: (d: OptionDraft) => void; formats: readonly ParentFormat[]; now?: Date }

/** Days shown before "more": a week and a day, four rows of two at 150 % text. */
const FIRST_DAYS = 8

export function ParentTimePicker({ draft, onChange, formats, now = new Date() }: Props) {
  const [part, setPart] = useState<DayPart | null>(partOf(draft.time))
  const days = dayChips(now)
  const [allDays, setAllDays] = useState(days.findIndex((d) => d.value === draft.day) >= FIRST_DAYS)
  const set = (patch: Partial<OptionDraft>) => onChange({ ...draft, ...patch })
  const pickPart = (p: DayPart) => {
    setPart(p)
    if (partOf(draft.time) !== p) set({ time: null })
  }
  const chosen = draftToOption(draft)
  return (
    <View className="parent-time">
      <View className="day-grid">
        <Choices label="哪一天" options={allDays ? days : days.slice(0, FIRST_DAYS)} value={draft.day} onChange={(day) => set({ day })} />
      </View>
      {allDays ? null : (
        <View className="more-link" role="button" aria-label="看再往后的日子" onClick={() => setAllDays(true)}>
          <Text>再往后的日子</Text>
          <View className="chevron chevron--down" />
        </View>
      )}
      <Choices
        label="上午、下午还是晚上"
        options={DAY_PARTS.map((p) => ({ value: p, label: DAY_PART_LABELS[p] }))}
        value={part}
        onChange={pickPart}
      />
      {part ? (
        <Choices
          label="几点开始"
          options={PART_TIMES[part].map((t) => ({
            value: t,
            label: chipWords(t),
            disabled: draft.day !== null && isPastChip(draft.day, t, now),
          }))}
          value={draft.time}
          onChange={(time) => set({ time })}
        />
      ) : null}
      {formats.length > 1 ? (
        <Choices
          label="怎么见面"
          options={formats.map((f) => ({ value: f, label: PARENT_FORMAT_LABELS[f] }))}
          value={draft.format as ParentFormat | null}
          onChange={(format) => set({ format })}
        />
      ) : null}
      {chosen ? (
        <KeepDates
          className="parent-time__sum"
          text={`您选的是：${windowWords(chosen.startAt, chosen.endAt)}，${PARENT_FORMAT_LABELS[chosen.format as ParentFormat]}`}
        />
      ) : null}
    </View>
  )
}
