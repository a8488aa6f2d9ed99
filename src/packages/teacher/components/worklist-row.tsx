// One family on 还需家访: the children and their classes, what is due by when (每学期, the deadline,
// red when the last period was missed), and the last visit. A tap proposes a visit; in 多选 it ticks.
import { Text, View } from '@tarojs/components'
import type { WorkRowView } from '@/core/contract/coverage-teacher.contract'
import { childNames, classNames, lastVisitWords, rowLabel, rowTags } from './worklist-words'

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
        <View className="work-row__who">
          <Text className="work-row__names">{childNames(row)}</Text>
          <Text className="work-row__classes">{classNames(row)}</Text>
        </View>
        <View className="work-row__tags">
          {rowTags(row).map((t) => (
            <Text key={t.text} className={`work-tag work-tag--${t.tone}`}>
              {t.text}
            </Text>
          ))}
        </View>
        <Text className="work-row__last">{lastVisitWords(row)}</Text>
      </View>
      {selecting ? null : <View className="chevron" />}
    </View>
  )
}
