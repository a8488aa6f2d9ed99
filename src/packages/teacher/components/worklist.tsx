// 还需家访 on the teacher home: the plan follow-ups that are due (each with 标记完成), then the families this
// teacher answers for that still need a visit, special ones first. A tap proposes to one family; 多选 ticks
// several families and sends them to the bulk proposal.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { WorkRowView } from '@/core/contract/coverage-teacher.contract'
import { coverageApi } from '@/client/calls/coverage'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { EmptyState, Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { WorklistFollowUp } from './worklist-follow-up'
import { WorklistRow } from './worklist-row'
import { FIRST_ROWS, followUpRows, MAX_SELECTED, requiredRows, summaryFigures, toggled } from './worklist-words'

type Worklist = { rows: WorkRowView[]; inProgress: number; done: number }

function Summary({ w }: { w: Worklist }) {
  const figures = summaryFigures(w)
  return (
    <View className="figures worklist__summary" aria-label={figures.join('，')}>
      {figures.map((f, i) => (
        <Text key={f} className="figures__item">
          {i < figures.length - 1 ? `${f} ·` : f}
        </Text>
      ))}
    </View>
  )
}

/** Nothing this teacher answers for: one line, not a block, on the home of every subject teacher. */
const NONE = '目前没有需要您负责家访的家庭（由班主任、导师等负责，学校也可能另行分配）'

export function TeacherWorklist() {
  const list = useApi(() => coverageApi.worklist({}))
  useReshow(list.reload)
  const [selecting, setSelecting] = useState(false)
  const [selected, setSelected] = useState<string[]>([])
  const [showAll, setShowAll] = useState(false)
  const rows = requiredRows(list.data?.rows ?? [])
  // Families proposed to since they were ticked are gone from the list, and from the selection.
  const chosen = selected.filter((id) => rows.some((r) => r.studentId === id))

  const tap = (row: WorkRowView) => {
    if (!selecting) {
      void Taro.navigateTo({ url: pagePath('visitPropose', { studentId: row.studentId, name: row.children[0]?.name ?? '', followUp: '' }) })
      return
    }
    const next = toggled(chosen, row.studentId)
    if (next) setSelected(next)
    else showToast(`一次最多选 ${MAX_SELECTED} 户，请先给这些家庭发起家访`)
  }
  const proposeMany = () => void Taro.navigateTo({ url: pagePath('visitProposeMany', { studentIds: chosen.join(',') }) })

  return (
    <View className="worklist">
      <View className="worklist__head">
        <Text className="section-title">还需家访</Text>
        {rows.length > 1 ? (
          <View className="worklist__mode" role="button" onClick={() => setSelecting(!selecting)}>
            <Text>{selecting ? '取消多选' : '多选'}</Text>
          </View>
        ) : null}
      </View>
      <Loaded state={{ ...list, loading: list.loading && list.data === null }} isEmpty={() => false}>
        {(w) => (
          <>
            {w.rows.length + w.inProgress + w.done === 0 ? <Text className="worklist__hint">{NONE}</Text> : <Summary w={w} />}
            {/* Due this week: always shown, never ticked (多选 proposes required visits). */}
            {selecting ? null : (
              <View className="worklist__rows worklist__follow-ups">
                {followUpRows(w.rows).map((row) => (
                  <WorklistFollowUp key={row.followUp!.id} row={row} onDone={list.reload} />
                ))}
              </View>
            )}
            {rows.length === 0 && w.inProgress + w.done > 0 ? (
              <EmptyState title="本学期需要家访的家庭都已安排" hint="进行中的家访在“本周家访”里查看" />
            ) : null}
            {selecting ? <Text className="worklist__hint">{`勾选要发起家访的家庭，一次最多 ${MAX_SELECTED} 户`}</Text> : null}
            <View className="worklist__rows">
              {(selecting || showAll ? rows : rows.slice(0, FIRST_ROWS)).map((row) => (
                <WorklistRow
                  key={row.familyId}
                  row={row}
                  selecting={selecting}
                  checked={chosen.includes(row.studentId)}
                  onTap={() => tap(row)}
                />
              ))}
            </View>
            {!selecting && !showAll && rows.length > FIRST_ROWS ? (
              <View className="worklist__more" role="button" onClick={() => setShowAll(true)}>
                <Text>{`显示全部 ${rows.length} 户`}</Text>
              </View>
            ) : null}
            {selecting ? (
              <View className="worklist__bar">
                <BigButton onClick={proposeMany} disabled={chosen.length === 0}>
                  {chosen.length ? `给选中的 ${chosen.length} 户发起家访` : '请先勾选家庭'}
                </BigButton>
              </View>
            ) : null}
          </>
        )}
      </Loaded>
    </View>
  )
}
