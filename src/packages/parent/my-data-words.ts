// 我的信息 in words: the sections of the page and, on WeChat (no file download), the text to copy.
import type { MyData } from '@/core/contract/privacy-own-data.contract'
import { RELATION_LABELS, SPECIAL_CATEGORY_LABELS, type ConsentState } from '@/core/model/family.schema'
import { CORRECTION_ITEMS, CORRECTION_STATE_LABELS } from '@/core/privacy/correction.schema'
import { CONSENT_LABELS } from '@/core/privacy/notice'
import { formatLocal } from '@/core/time'

type Family = MyData['families'][number]
export type Row = { key: string; value: string; keep?: boolean }
export type Section = { title: string; rows: Row[]; empty: string }

const day = (iso: string) => formatLocal(iso, 'YYYY年M月D日')
const consentWords = (s: ConsentState | null) => (!s ? '未同意' : s.given ? `已同意（${day(s.at)}）` : `已撤回（${day(s.at)}）`)

function childRows(f: Family): Row[] {
  return f.children.flatMap((c) => [
    { key: '姓名', value: c.name },
    { key: '学校班级', value: `${c.schoolName} ${c.className}` },
    { key: '学号', value: c.studentNo },
    { key: '性别', value: c.gender === 'M' ? '男' : '女' },
    { key: '出生年月', value: formatLocal(`${c.birthMonth}-01T00:00:00+08:00`, 'YYYY年M月'), keep: true },
  ])
}

function situationRows(f: Family): Row[] {
  const cats = f.categories.map((c) => SPECIAL_CATEGORY_LABELS[c]).join('、')
  return [
    { key: '类别', value: cats || '没有登记' },
    { key: '家庭住址', value: f.address ?? '没有登记' },
    { key: '老师能否看到', value: f.sensitiveSharedWithStaff ? '班主任等需要的老师可以看到' : '有监护人撤回了同意，老师看不到' },
  ]
}

/** The sections of one family, in the order a parent would check them. */
export function familySections(f: Family): Section[] {
  return [
    { title: '孩子', rows: childRows(f), empty: '' },
    {
      title: '监护人',
      rows: f.guardians.map((g) => ({
        key: `${RELATION_LABELS[g.relation]}${g.isMe ? '（我）' : ''}`,
        value: [g.name, g.phone ?? '未留电话'].join('  '),
      })),
      empty: '没有登记监护人',
    },
    { title: '家庭情况（敏感信息）', rows: situationRows(f), empty: '' },
    {
      title: '我的授权',
      rows: f.children.flatMap((c) =>
        (['guardian', 'sensitive'] as const).map((k) => ({ key: `${c.name} ${CONSENT_LABELS[k]}`, value: consentWords(c.consent[k]) })),
      ),
      empty: '',
    },
    {
      title: '老师分享的家访记录',
      rows: f.children.flatMap((c) =>
        c.visits.map((v) => ({
          key: `${v.startAt ? day(v.startAt) : '时间未定'} ${v.visitorName}老师`,
          value: v.shared?.summary ?? (v.submitted ? '老师没有写给家长的话' : '还没有记录'),
        })),
      ),
      empty: '还没有家访记录',
    },
    {
      title: '我填写的问卷',
      rows: f.answers.flatMap((a) =>
        a.items.map((x, i) => ({ key: i ? x.question : `${day(a.answeredAt)} ${x.question}`, value: x.answer })),
      ),
      empty: '还没有填写过问卷',
    },
    {
      title: '我提的意见',
      rows: f.opinions.map((o) => ({ key: `${day(o.createdAt)} ${o.text}`, value: o.answer ? `回复：${o.answer}` : '等待回复' })),
      empty: '还没有提过意见',
    },
  ]
}

export function correctionRows(d: MyData): Row[] {
  return d.corrections.map((c) => ({
    key: `${day(c.createdAt)} ${c.studentName} · ${CORRECTION_ITEMS[c.item]}：${c.text}`,
    value: c.note ? `${CORRECTION_STATE_LABELS[c.state]}：${c.note}` : CORRECTION_STATE_LABELS[c.state],
  }))
}

/** Everything as plain text, for the copy view where a file cannot be downloaded. */
export function myDataText(d: MyData): string {
  const block = (s: Section) => [`【${s.title}】`, ...(s.rows.length ? s.rows.map((r) => `${r.key}：${r.value}`) : [s.empty])]
  const families = d.families.flatMap((f) => familySections(f).flatMap(block))
  return [...families, ...block({ title: '更正申请', rows: correctionRows(d), empty: '没有' })].join('\n')
}
