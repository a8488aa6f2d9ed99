// The bulk proposal's rows: one family with its parents' free times in words and the suggested
// times to offer (chips, several may be on); and afterwards, what happened to each family.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ProposeOutcome, Suggestion } from '@/core/contract/visits-bulk.contract'
import { VISIT_FORMAT_LABELS } from '@/core/model/visit.schema'
import { pagePath } from '@/client/routes'
import { ManyChoices } from '@/client/ui/many-choices'
import { windowWords } from '@/client/visit-time'

type Family = Extract<Suggestion, { ok: true }>

export function FamilyRow({ family: f, chosen, onToggle }: { family: Family; chosen: number[]; onToggle: (i: number) => void }) {
  const propose = () =>
    void Taro.navigateTo({ url: pagePath('visitPropose', { studentId: f.studentId, name: f.studentName, followUp: '' }) })
  return (
    <View className="card bulk-row" aria-label={`${f.studentName}的家庭`}>
      <Text className="card__title">{f.studentName}</Text>
      <Text className="card__meta">{f.availability}</Text>
      {f.reachable ? null : <Text className="card__meta bulk-row__warn">家里没有家长在微信上，发出后请打电话约时间</Text>}
      {f.claim ? (
        <Text className="card__meta bulk-row__warn">
          {f.claim.mine ? '您已经为这个家庭发起了家访，这次不再发送' : `已由 ${f.claim.by} 安排，这次不发给这一户`}
        </Text>
      ) : f.options.length ? (
        <ManyChoices
          label="给家长的时间（可多选）"
          hint={chosen.length ? undefined : '不选时间，就不发给这一户'}
          options={f.options.map((o, i) => ({ value: i, label: windowWords(o.startAt, o.endAt), note: VISIT_FORMAT_LABELS[o.format] }))}
          values={chosen}
          onToggle={onToggle}
          layout="column"
        />
      ) : (
        <View
          className="bulk-row__none"
          role="button"
          aria-label={`两周内没有合适的空档，单独给${f.studentName}发起家访`}
          onClick={propose}
        >
          <Text className="card__meta">两周内没有和家长方便时间相合的空档。点这里单独约时间。</Text>
        </View>
      )}
    </View>
  )
}

export function RefusedRow({ items }: { items: Array<Extract<Suggestion, { ok: false }>> }) {
  if (!items.length) return null
  const messages = [...new Set(items.map((i) => i.message))]
  return (
    <View className="card bulk-row bulk-row--refused">
      <Text className="card__title">{`有${items.length}个学生不能在这里发起`}</Text>
      {messages.map((m) => (
        <Text key={m} className="card__meta">
          {m}
        </Text>
      ))}
    </View>
  )
}

export function ResultRow({ result: r, name }: { result: ProposeOutcome; name: string }) {
  if (r.ok) {
    const open = () => void Taro.navigateTo({ url: pagePath('visitDetail', { id: r.visitId }) })
    return (
      <View className="card card--tap bulk-result bulk-result--ok" role="button" aria-label={`${name}，已发送，查看家访`} onClick={open}>
        <Text className="card__title">{`✓ ${name}`}</Text>
        <Text className="card__meta">已发送，等家长回复</Text>
      </View>
    )
  }
  return (
    <View className="card bulk-result bulk-result--failed" aria-label={`${name}，未发送：${r.message}`}>
      <Text className="card__title">{`${name} 未发送`}</Text>
      <Text className="card__meta">{r.message}</Text>
    </View>
  )
}
