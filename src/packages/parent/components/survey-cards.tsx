// Open questionnaires on the parent's home: "请评价这次家访", naming the visit by its time and format
// (never the teacher: the questionnaire comes from the school), one big button each.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { QuestionnaireItem } from '@/core/contract/surveys-answer.contract'
import { formatLocal } from '@/core/time'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'

export function SurveyCards({ items }: { items: QuestionnaireItem[] }) {
  const open = items.filter((i) => i.state === 'open')
  return (
    <>
      {open.map((q) => (
        <View key={q.id} className="card">
          <Text className="card__title">请评价这次家访</Text>
          <Text className="card__meta">{`${q.when}的${q.format}家访。一两分钟，${formatLocal(q.closesAt, 'M月D日')}前填写。`}</Text>
          <BigButton
            label={`去评价（${q.when}的家访）`}
            onClick={() => void Taro.navigateTo({ url: pagePath('parentSurvey', { id: q.id }) })}
          >
            去评价
          </BigButton>
        </View>
      ))}
    </>
  )
}
