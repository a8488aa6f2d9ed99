// A submitted record read by a co-visitor or a leader: the parts they act on, as text.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RecordView } from '@/core/contract/visits-record.contract'
import { pagePath } from '@/client/routes'
import { DOMAIN_LABELS, OUTLINE_KIND_LABELS } from '@/core/visit/prep.rules'
import { opinionRoute } from '@/core/visit/record.rules'
import { TypicalCaseLink } from './typical-case-link'
import { LinkButton } from './link-button'

export function RecordRead({ view }: { view: RecordView }) {
  const r = view.record
  if (!r) return <Text className="card__meta">这次家访的记录还没有提交</Text>
  const lines: [string, string[]][] = [
    ['德智体美劳反馈', r.feedback.map((f) => `${DOMAIN_LABELS[f.domain]}·${OUTLINE_KIND_LABELS[f.kind]}：${f.text}`)],
    ['商定的共育策略', r.strategies],
    ['家长意见', r.opinions.map((o, i) => (opinionRoute(r, i) === 'school' ? `${o}（由学校回复）` : o))],
    ['给家长的小结', r.summary ? [r.summary] : []],
    ['内部备注', r.notes ? [r.notes] : []],
  ]
  return (
    <View className="card record-shared">
      <Text className="card__title">{`${view.authorName}老师的家访记录（第 ${view.version} 版）`}</Text>
      <VersionsLink view={view} />
      <TypicalCaseLink view={view} />
      {lines
        .filter(([, items]) => items.length)
        .map(([title, items]) => (
          <View key={title}>
            <Text className="section-title">{title}</Text>
            {items.map((t, i) => (
              <Text key={i} className="record-shared__item">
                {t}
              </Text>
            ))}
          </View>
        ))}
    </View>
  )
}

/** To the earlier versions, once the record was amended (the author and leaders; the server decides). */
export function VersionsLink({ view }: { view: RecordView }) {
  if (!view.canSeeVersions || view.version < 2) return null
  const open = () => void Taro.navigateTo({ url: pagePath('visitRecordVersions', { id: view.visitId }) })
  return <LinkButton onClick={open}>{`查看修改记录（共 ${view.version} 版）`}</LinkButton>
}
