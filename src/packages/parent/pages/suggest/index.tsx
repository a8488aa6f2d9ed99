// 给学校提建议: write a suggestion to the head teacher or the school, and read the answers to what
// the family has said (also the opinions the teacher wrote down during a visit).
import { Text, View } from '@tarojs/components'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { SuggestForm } from '../../components/suggest-form'

export default function ParentSuggestPage() {
  const mine = useApi(() => surveysApi.myTickets({}))
  useReshow(mine.reload)
  return (
    <Screen title="给学校提建议" large>
      <SuggestForm onSent={mine.reload} />
      <Loaded state={mine} isEmpty={(d) => d.tickets.length === 0} empty={<View />}>
        {(d) => (
          <View>
            <Text className="section-title">我提过的意见</Text>
            {d.tickets.map((t) => (
              <View key={t.ticketId} className="card ticket">
                <Text className="card__title">{t.text}</Text>
                <Text className="card__meta">{`${formatLocal(t.createdAt, 'M月D日')} · 交给${t.routeLabel}`}</Text>
                {t.answer ? (
                  <Text className="ticket__answer">{`回复（${formatLocal(t.answer.at, 'M月D日')}）：${t.answer.text}`}</Text>
                ) : (
                  <Text className="ticket__age">{`等待回复 · ${t.ageLabel}`}</Text>
                )}
              </View>
            ))}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
