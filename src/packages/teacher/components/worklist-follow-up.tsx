// A plan follow-up on 还需家访: the family, its date (red once past) and what to do. A tap on it proposes a
// follow-up visit (发起家访, sent as 跟进家访, the agreed step pre-filled); 标记完成 closes it (a call or a
// chat at school may be all it needed).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { WorkRowView } from '@/core/contract/coverage-teacher.contract'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { showToast } from '@/client/ui/toast'
import { WorkRowHead } from './worklist-row'
import { followUpLabel, followUpTags, followUpWords } from './worklist-words'

type Props = { row: WorkRowView; onDone: () => void }

export function WorklistFollowUp({ row, onDone }: Props) {
  const [busy, setBusy] = useState(false)
  const followUp = row.followUp!
  const propose = () => {
    const name = row.children[0]?.name ?? ''
    void Taro.navigateTo({ url: pagePath('visitPropose', { studentId: row.studentId, name, followUp: followUp.text }) })
  }
  const finish = async () => {
    if (busy) return
    setBusy(true)
    const res = await visitsApi.finishFollowUp({ id: followUp.id })
    setBusy(false)
    showToast(res.ok ? '已标记完成' : res.error.message)
    if (res.ok) onDone()
  }
  return (
    <View className="work-row work-row--follow">
      <View className="work-row__body" role="button" aria-label={`${followUpLabel(row)}，发起跟进家访`} onClick={propose}>
        <WorkRowHead row={row} tags={followUpTags(row)} />
        <Text className="work-row__todo">{followUpWords(row)}</Text>
      </View>
      <View className="link-text work-row__done" role="button" aria-label={`标记完成：${followUp.text}`} onClick={() => void finish()}>
        <Text>{busy ? '正在保存' : '标记完成'}</Text>
      </View>
    </View>
  )
}
