// 家长满意度 on the teacher home: only the aggregate over the teacher's own visits, 样本不足 under 5
// answers (the server decides), never an answer. Hidden while loading or when it fails: not a task.
import { Text, View } from '@tarojs/components'
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'

export function SatisfactionLine() {
  const { data } = useApi(() => surveysApi.mySatisfaction({}))
  if (!data) return null
  const counts = data.withheld || data.denominator === null ? '满5份家长问卷后显示' : `${data.numerator}/${data.denominator}份`
  return (
    <View className="satisfaction-line" aria-label={`家长满意度：${data.text}，${counts}`}>
      <Text className="satisfaction-line__label">家长满意度</Text>
      <Text className="satisfaction-line__value">{data.text}</Text>
      <Text className="satisfaction-line__note">{counts}</Text>
    </View>
  )
}
