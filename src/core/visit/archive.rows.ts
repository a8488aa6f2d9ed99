// The archive export's rows: one row per visit, the columns the caller may see (full: every section).
import type { Archive, ArchiveVisit } from '../contract/visits-archive.contract'
import { VISIT_FORMAT_LABELS } from '../model/visit.schema'
import { FALLBACK_LABELS } from '../video/video.schema'
import { formatLocal } from '../time'
import { DOMAIN_LABELS } from './prep.rules'
import { GUIDANCE_LABELS, TOPIC_KEYS, TOPIC_LABELS, TOPICS, type TopicKey, type VisitRecord } from './record.rules'

type Column = { label: string; value: (v: ArchiveVisit) => string }

const lines = (items: string[]) => items.join('\n')
const feedback = (r: VisitRecord | null, kind: 'strength' | 'growth') =>
  lines((r?.feedback ?? []).filter((f) => f.kind === kind).map((f) => `${DOMAIN_LABELS[f.domain]}：${f.text}`))
const topic = (r: VisitRecord | null, key: TopicKey) => {
  if (!r) return ''
  const t = r[key]
  const label = (TOPICS[key].labels as Record<string, string>)[t.choice] ?? ''
  return t.text ? `${label}：${t.text}` : label
}

/** A plan follow-up as the archive says it: its date, what, and whether it was done or closed. */
export const followUpLine = (f: ArchiveVisit['followUps'][number]) =>
  `${f.dueDate} ${f.text}${f.closed ? `（已结束：${f.closed}）` : f.done ? '（已完成）' : ''}`

/** The agreed format, and the way actually used when a video visit fell back: "视频（实际：电话）". */
export const formatWord = (v: Pick<ArchiveVisit, 'format' | 'heldVia'>) =>
  !v.format ? '' : v.heldVia ? `${VISIT_FORMAT_LABELS[v.format]}（实际：${FALLBACK_LABELS[v.heldVia]}）` : VISIT_FORMAT_LABELS[v.format]

export const statusWord = (v: Pick<ArchiveVisit, 'status' | 'submitted'>) =>
  v.submitted ? '已记录' : v.status === 'completed' ? '已完成' : '已约定，待记录'

const BASE: Column[] = [
  { label: '家访时间', value: (v) => (v.startAt ? formatLocal(v.startAt) : '') },
  { label: '形式', value: formatWord },
  { label: '家访老师', value: (v) => [v.visitorName, ...v.coVisitorNames].join('、') },
  { label: '状态', value: statusWord },
]
const SHARED: Column[] = [
  { label: '闪光点', value: (v) => lines((v.shared?.strengths ?? []).map((s) => `${DOMAIN_LABELS[s.domain]}：${s.text}`)) },
  { label: '共育策略', value: (v) => lines(v.shared?.strategies ?? []) },
]
const SUMMARY: Column = { label: '给家长的小结', value: (v) => v.shared?.summary ?? '' }
const FULL: Column[] = [
  ...TOPIC_KEYS.map((k) => ({ label: TOPIC_LABELS[k], value: (v: ArchiveVisit) => topic(v.record, k) })),
  { label: '可以一起努力的地方', value: (v) => feedback(v.record, 'growth') },
  {
    label: '家庭教育指导',
    value: (v) =>
      v.record
        ? [v.record.guidance.topics.map((t) => GUIDANCE_LABELS[t]).join('、'), v.record.guidance.text].filter(Boolean).join('：')
        : '',
  },
  { label: '学校情况介绍', value: (v) => (v.record?.school.given ? v.record.school.text || '已介绍' : '') },
  { label: '家长意见', value: (v) => lines(v.record?.opinions ?? []) },
  { label: '共育目标', value: (v) => lines(v.record?.plan?.goals ?? []) },
  { label: '跟进安排', value: (v) => lines(v.followUps.map(followUpLine)) },
  { label: '内部备注', value: (v) => v.record?.notes ?? '' },
]

function columnsFor(level: Archive['level']): Column[] {
  if (level === 'full') return [...BASE, ...SHARED, SUMMARY, ...FULL]
  if (level === 'parent') return [...BASE, ...SHARED, SUMMARY]
  return [...BASE, ...SHARED]
}

export function archiveSheet(archive: Archive): { header: string[]; rows: string[][] } {
  const columns = columnsFor(archive.level)
  return { header: columns.map((c) => c.label), rows: archive.visits.map((v) => columns.map((c) => c.value(v))) }
}
