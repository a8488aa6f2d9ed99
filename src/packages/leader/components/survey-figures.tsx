// 到位率 (parent-confirmed), 已完成未确认 beside it and 满意率, each with its numerator and denominator as
// figures.ts shaped them; open disputes and the spot-check are one tap away.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Board } from '@/core/contract/coverage-leader.contract'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { Stat } from '@/client/ui/screen'

const UNITS: Record<string, string> = { coverage: '户', completedUnconfirmed: '户', satisfaction: '份' }
const basis = (f: Board['figures'][number]) =>
  f.withheld || !f.denominator ? '' : `（${f.numerator}/${f.denominator}${UNITS[f.key] ?? ''}）`

export function SurveyFigures({ figures, disputesOpen }: Pick<Board, 'figures' | 'disputesOpen'>) {
  return (
    <View className="stats survey-figures">
      {figures.map((f) => (
        <View key={f.key} className="stat survey-figure" aria-label={`${f.label} ${f.text}${basis(f)}`}>
          <Text className="stat__text">{`${f.label} ${f.text}`}</Text>
          <Text className="survey-figure__basis">{basis(f)}</Text>
        </View>
      ))}
      <Stat label="有异议待处理" value={disputesOpen} unit="条" onOpen={() => void Taro.navigateTo({ url: pagePath('leaderDisputes') })} />
      <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('leaderSpotCheck') })}>
        电话抽查
      </BigButton>
    </View>
  )
}
