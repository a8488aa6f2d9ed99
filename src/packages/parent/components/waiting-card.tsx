// The one thing first, in large type: a proposal to answer, else the next agreed visit — and which
// child it is about, so a grandparent with two grandchildren knows (walkthrough #11).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FamilyVisit as VisitView } from '@/core/contract/visits-list.contract'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { KeepDates } from '@/client/ui/keep-dates'
import { offerSentence, windowWords } from '@/client/visit-time'

function sentence(v: VisitView): string {
  const teacher = `${v.teacherName}老师`
  const first = v.options[0]
  if (v.status === 'awaiting_parent') {
    return v.options.length === 1 && first ? offerSentence(teacher, first) : `${teacher}想来家访，给了${v.options.length}个时间，请选一个`
  }
  return v.agreed ? `${windowWords(v.agreed.option.startAt, v.agreed.option.endAt)}，${teacher}家访` : ''
}

export function WaitingCard({ visit: v, names }: { visit: VisitView; names: string[] }) {
  const answer = v.status === 'awaiting_parent'
  const head = answer ? '等您回复' : '下一次家访'
  const text = sentence(v)
  const child = names.join('、')
  return (
    <View className="card waiting-card" aria-label={`${child}，${head}：${text}`}>
      <View className="waiting-card__head">
        <Text className="waiting-card__child">{child}</Text>
        <Text className="card__meta waiting-card__what">{head}</Text>
      </View>
      <KeepDates className="waiting-card__text" text={text} />
      <BigButton
        label={`${answer ? '去回复' : '查看家访'}（${child}）`}
        onClick={() => void Taro.navigateTo({ url: pagePath('visitDetail', { id: v.visitId }) })}
      >
        {answer ? '去回复' : '查看家访'}
      </BigButton>
    </View>
  )
}
