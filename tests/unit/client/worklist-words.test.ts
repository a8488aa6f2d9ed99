// What a worklist row says: the badge and deadline for a family due every semester, red for a missed
// period (semester or year), the last visit in Shanghai dates, and the 20-family limit of 多选.
import type { WorkRowView } from '../../../src/core/contract/coverage-teacher.contract'
import {
  classNames,
  followUpLabel,
  followUpTags,
  followUpWords,
  lastVisitWords,
  MAX_SELECTED,
  rowLabel,
  rowTags,
  summaryFigures,
  toggled,
} from '../../../src/packages/teacher/components/worklist-words'

const row = (extra: Partial<WorkRowView> = {}): WorkRowView => ({
  kind: 'required',
  familyId: 'f',
  studentId: 's',
  children: [
    { name: '董雯', className: '三年级2班' },
    { name: '董娟', className: '六年级1班' },
  ],
  special: false,
  deadline: '2027-08-31',
  dueSoon: false,
  missedLast: false,
  lastVisit: null,
  followUp: null,
  ...extra,
})

test('a special family: 每学期 and its deadline; red 上学期未家访 when the last semester was missed', () => {
  const tags = rowTags(row({ special: true, deadline: '2027-01-31', missedLast: true }))
  expect(tags).toEqual([
    { text: '每学期', tone: 'special' },
    { text: '1月31日前', tone: 'due' },
    { text: '上学期未家访', tone: 'missed' },
  ])
})

test('any other family: no badge, the deadline only when it is near, 上学年 when last year was missed', () => {
  expect(rowTags(row())).toEqual([])
  expect(rowTags(row({ dueSoon: true, missedLast: true }))).toEqual([
    { text: '8月31日前', tone: 'soon' },
    { text: '上学年未家访', tone: 'missed' },
  ])
})

test('the last visit on its Shanghai date, with the teacher; or that there is none', () => {
  // 16:30 UTC on 11 Oct is already 12 Oct in Shanghai.
  expect(lastVisitWords(row({ lastVisit: { startAt: '2025-10-11T16:30:00.000Z', teacherName: '王丽' } }))).toBe(
    '上次家访：2025年10月12日 王丽老师',
  )
  expect(lastVisitWords(row())).toBe('还没有家访记录')
})

test('siblings in one class name it once; the spoken label says everything shown', () => {
  expect(
    classNames(
      row({
        children: [
          { name: '甲', className: '一年级1班' },
          { name: '乙', className: '一年级1班' },
        ],
      }),
    ),
  ).toBe('一年级1班')
  expect(rowLabel(row({ special: true, deadline: '2027-01-31' }))).toBe(
    '董雯、董娟，三年级2班、六年级1班，每学期家访，1月31日前，还没有家访记录',
  )
})

test('the summary figures: families counted apart from the follow-ups, which come first when there are any', () => {
  const families = [row(), row()]
  expect(summaryFigures({ rows: families, inProgress: 3, done: 5 })).toEqual(['还需家访 2 户', '进行中 3 户', '已完成 5 户'])
  const ups = [row({ kind: 'follow_up' }), ...families, row({ kind: 'follow_up' })]
  expect(summaryFigures({ rows: ups, inProgress: 0, done: 0 })).toEqual(['到期跟进 2 条', '还需家访 2 户', '进行中 0 户', '已完成 0 户'])
})

test('a follow-up: its date (red once past) and what to do, all in what a screen reader says', () => {
  const followUp = { id: 'fu', visitId: 'v', text: '电话问问阅读情况', overdue: false }
  const soon = row({ kind: 'follow_up', deadline: '2026-12-08', dueSoon: true, followUp })
  expect(followUpTags(soon)).toEqual([
    { text: '跟进', tone: 'follow' },
    { text: '12月8日前', tone: 'soon' },
  ])
  expect(followUpWords(soon)).toBe('电话问问阅读情况')
  expect(followUpLabel(soon)).toBe('董雯、董娟，三年级2班、六年级1班，跟进，12月8日前，电话问问阅读情况')
  const late = row({ kind: 'follow_up', deadline: '2026-11-28', followUp: { ...followUp, overdue: true } })
  expect(followUpTags(late)[1]).toEqual({ text: '11月28日 已过', tone: 'missed' })
})

test('多选 stops at 20 families and unticks freely', () => {
  const full = Array.from({ length: MAX_SELECTED }, (_, i) => `s${i}`)
  expect(toggled(full, 'one-more')).toBeNull()
  expect(toggled(full, 's3')).toHaveLength(MAX_SELECTED - 1)
  expect(toggled(['a'], 'b')).toEqual(['a', 'b'])
})
