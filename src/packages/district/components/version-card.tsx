// One questionnaire version in the district's list: number and title, how many questions, when and by
// whom it was published (built-in versions came with the system), and which one new visits are sent.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VersionRow } from '@/core/contract/surveys-answer.contract'
import { formatLocal } from '@/core/time'
import { pagePath } from '@/client/routes'
import { StatusTag } from '@/client/ui/status-tag'

export const publishedWords = (v: Pick<VersionRow, 'publishedAt' | 'publishedBy'>) =>
  v.publishedAt ? `${formatLocal(v.publishedAt, 'YYYY年M月D日 HH:mm')} ${v.publishedBy ?? ''}发布` : '系统内置版本'

export function VersionCard({ v, current }: { v: VersionRow; current: boolean }) {
  const meta = `${v.questions}道题 · ${publishedWords(v)}`
  const open = () => void Taro.navigateTo({ url: pagePath('districtSurveyVersion', { version: v.version }) })
  return (
    <View
      className="card card--tap survey-version"
      role="button"
      aria-label={`${v.version} ${v.title}${current ? '，当前使用' : ''}，${meta}`}
      onClick={open}
    >
      <View className="survey-version__head">
        <Text className="card__title">{`${v.version} · ${v.title}`}</Text>
        {current ? <StatusTag tone="current">当前使用</StatusTag> : null}
      </View>
      <Text className="card__meta">{meta}</Text>
    </View>
  )
}
