// On the parent home: ask once when they are usually free for a visit; once said, one line with
// their choice and a way to change it.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AvailabilityView } from '@/core/contract/visits-bulk.contract'
import { freeWords } from '@/core/visit/availability.rules'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'

const open = () => void Taro.navigateTo({ url: pagePath('parentAvailability') })

export function AvailabilityCard({ availability }: { availability: AvailabilityView | null }) {
  if (!availability) {
    return (
      <View className="card availability-card">
        <Text className="card__title">告诉老师您方便家访的时间</Text>
        <Text className="card__meta">比如工作日晚上、周末上午。老师约家访时会优先选这些时间。</Text>
        <BigButton onClick={open}>选择方便的时间</BigButton>
      </View>
    )
  }
  const words = freeWords(availability)
  return (
    <View className="card card--tap availability-card" role="button" aria-label={`您方便家访的时间：${words}，修改`} onClick={open}>
      <Text className="card__meta">您方便家访的时间</Text>
      <View className="availability-card__line">
        <Text className="availability-card__words words">{words}</Text>
        <Text className="availability-card__edit">修改</Text>
      </View>
    </View>
  )
}
