// On the visit page (teacher side, agreed visit): the way into 家访准备.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitView } from '@/core/contract/visits.contract'
import { pagePath } from '@/client/routes'

export function PrepEntry({ view: v }: { view: VisitView }) {
  if (v.mySide !== 'teacher' || v.status !== 'scheduled') return null
  const note = v.coVisitor ? '查看要和家长聊的内容' : '出发前写好孩子的闪光点、想问的问题，也可以请同事提供情况'
  return (
    <View
      className="card card--tap"
      role="button"
      aria-label={`家访准备，${note}`}
      onClick={() => void Taro.navigateTo({ url: pagePath('visitPrep', { id: v.visitId }) })}
    >
      <Text className="card__title">家访准备</Text>
      <Text className="card__meta">{note}</Text>
    </View>
  )
}
