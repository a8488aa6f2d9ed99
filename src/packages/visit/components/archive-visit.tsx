// One visit of the archive: when, how, who, then the record sections this caller may see.
import { Text, View } from '@tarojs/components'
import type { ArchiveVisit } from '@/core/contract/visits-archive.contract'
import { VISIT_FORMAT_LABELS } from '@/core/model/visit.schema'
import { FALLBACK_LABELS } from '@/core/video/video.schema'
import { formatLocal } from '@/core/time'
import { followUpLine, statusWord } from '@/core/visit/archive.rows'
import { DOMAIN_LABELS } from '@/core/visit/prep.rules'
import { KeepDates } from '@/client/ui/keep-dates'
import { StatusTag } from '@/client/ui/status-tag'
import { GUIDANCE_LABELS, TOPIC_KEYS, TOPIC_LABELS, TOPICS, type VisitRecord } from '@/core/visit/record.rules'

function Section({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <View className="archive-section">
      <Text className="archive-section__title">{title}</Text>
      {lines.map((l, i) => (
        <Text key={i} className="archive-section__line words">
          {l}
        </Text>
      ))}
    </View>
  )
}

const topicLine = (r: VisitRecord, k: (typeof TOPIC_KEYS)[number]) => {
  const label = (TOPICS[k].labels as Record<string, string>)[r[k].choice] ?? ''
  return `${TOPIC_LABELS[k]}：${label}${r[k].text ? `，${r[k].text}` : ''}`
}

/** Everything but the shared part: level full only. */
function InternalSections({ r, followUps }: { r: VisitRecord; followUps: ArchiveVisit['followUps'] }) {
  const growth = r.feedback.filter((f) => f.kind === 'growth').map((f) => `${DOMAIN_LABELS[f.domain]}：${f.text}`)
  const guidance = [r.guidance.topics.map((t) => GUIDANCE_LABELS[t]).join('、'), r.guidance.text].filter(Boolean).join('：')
  return (
    <View>
      <Section title="家庭情况" lines={TOPIC_KEYS.map((k) => topicLine(r, k))} />
      <Section title="可以一起努力的地方" lines={growth} />
      <Section title="家庭教育指导" lines={guidance ? [guidance] : []} />
      <Section title="学校情况介绍" lines={r.school.given ? [r.school.text || '已介绍'] : []} />
      <Section title="家长意见" lines={r.opinions} />
      <Section title="共育目标" lines={r.plan?.goals ?? []} />
      <Section title="跟进安排" lines={followUps.map(followUpLine)} />
      <Section title="内部备注（家长看不到）" lines={r.notes ? [r.notes] : []} />
    </View>
  )
}

export function ArchiveVisitCard({ visit: v }: { visit: ArchiveVisit }) {
  const when = v.startAt ? formatLocal(v.startAt, 'YYYY年M月D日 HH:mm') : '时间未定'
  const held = v.heldVia ? `（实际：${FALLBACK_LABELS[v.heldVia]}）` : ''
  const how = v.format ? `${VISIT_FORMAT_LABELS[v.format]}家访${held}` : ''
  const who = [v.visitorName, ...v.coVisitorNames].map((n) => `${n}老师`).join('、')
  const s = v.shared
  return (
    <View className="card archive-visit">
      <View className="archive-visit__head">
        <KeepDates className="card__title" text={when} />
        <StatusTag tone={v.submitted ? 'recorded' : 'unrecorded'}>{statusWord(v)}</StatusTag>
      </View>
      <Text className="card__meta words">{[how, who].filter(Boolean).join(' · ')}</Text>
      {s ? (
        <View>
          {s.summary !== null ? <Section title="给家长的小结" lines={s.summary ? [s.summary] : []} /> : null}
          <Section title="孩子的闪光点" lines={s.strengths.map((x) => `${DOMAIN_LABELS[x.domain]}：${x.text}`)} />
          <Section title="共同商定的做法" lines={s.strategies} />
        </View>
      ) : (
        <Text className="card__meta">还没有家访记录</Text>
      )}
      {v.record ? <InternalSections r={v.record} followUps={v.followUps} /> : null}
    </View>
  )
}
