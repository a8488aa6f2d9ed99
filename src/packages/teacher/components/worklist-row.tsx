// One family on 还需家访: the children and their classes, what is due by when (每学期, the deadline,
// red when the last period was missed), and the last visit. A tap proposes a visit; in 多选 it ticks.
import { Text, View } from '@tarojs/components'
import type { WorkRowView } from '@/core/contract/coverage-teacher.contract'
import { childNames, classNames, lastVisitWords, rowLabel, rowTags, type Tag } from './worklist-words'

type Props = { row: WorkRowView; onTap: () => void; selecting: boolean; checked: boolean }

export function WorklistRow({ row, onTap, selecting, checked }: Props) {
  const label = rowLabel(row)
  const a11y = selecting
    ? { role: 'checkbox', 'aria-checked': checked, 'aria-label': label }
    : { role: 'button', 'aria-label': `${label}，发起家访` }
  return (
    <View className={`work-row ${checked ? 'work-row--on' : ''}`} onClick={onTap} {...a11y}>
      {selecting ? <View className={`tick ${checked ? 'tick--on' : ''}`} /> : null}
      <View className="work-row__body">
        <WorkRowHead row={row} tags={rowTags(row)} />
        <Text className="work-row__last">{lastVisitWords(row)}</Text>
      </View>
      {selecting ? null : <View className="chevron" />}
    </View>
  )
}

/** The children, their classes and the row's tags: the same on a family row and a follow-up row. */
export function WorkRowHead({ row, tags }: { row: WorkRowView; tags: Tag[] }) {
  return (
    <>
      <View className="work-row__who">
        <Text className="work-row__names">{childNames(row)}</Text>
        <Text className="work-row__classes">{classNames(row)}</Text>
      </View>
      <View className="work-row__tags">
        {tags.map((t) => (
          <Text key={t.text} className={`work-tag work-tag--${t.tone}`}>
            {t.text}
          </Text>
        ))}
      </View>
    </>
  )
}
