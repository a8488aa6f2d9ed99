// Plan follow-ups on 还需家访: listed from 7 days before their date and while overdue, first and by date,
// with the family's youngest child; a family the caller no longer owns shows no 每学期 badge.
import { DEFAULT_CALENDAR, periodsAt } from '../../../src/core/coverage/calendar'
import {
  buildWorklist,
  followUpHorizon,
  previousPeriods,
  type WorkChild,
  type WorkFamily,
  type WorkFollowUp,
} from '../../../src/core/coverage/worklist'

const NOW = new Date('2026-12-01T17:00:00.000Z') // already Wednesday 2 December, 01:00 in Shanghai
const CLASSES = new Map([
  ['c1-1', { name: '一年级1班', grade: 1 }],
  ['c3-2', { name: '三年级2班', grade: 3 }],
])
const family = (id: string, special = false): WorkFamily => ({ _id: id, special, active: true, grade: 3, classId: 'c3-2' })
const child = (id: string, familyId: string, classId: string, name: string): WorkChild => ({
  _id: id,
  familyId,
  classId,
  name,
  birthMonth: '2018-05',
})
const followUp = (id: string, familyId: string, dueDate: string, text = '电话问问阅读情况'): WorkFollowUp => ({
  _id: id,
  familyId,
  visitId: `vis-${familyId}`,
  dueDate,
  text,
})

function worklist(families: WorkFamily[], children: WorkChild[], followUps: WorkFollowUp[]) {
  const periods = periodsAt(DEFAULT_CALENDAR, NOW)
  const before = previousPeriods(DEFAULT_CALENDAR, periods)
  return buildWorklist({
    now: NOW,
    periods,
    before,
    families,
    children,
    classes: CLASSES,
    claims: [],
    entryGrade: 1,
    tracked: new Set(),
    followUps,
  })
}

const families = [family('f-a'), family('f-sp', true)]
const children = [
  child('s-a', 'f-a', 'c3-2', '张三'),
  child('s-sp', 'f-sp', 'c3-2', '李四'),
  child('s-sp-small', 'f-sp', 'c1-1', '李小四'),
  child('s-gone', 'f-other', 'c3-2', '王五'),
]

test('the horizon is 7 Shanghai days ahead, whatever the UTC date', () => {
  expect(followUpHorizon(NOW)).toBe('2026-12-09')
})

test('listed from 7 days before the date and while overdue; later ones wait', () => {
  const w = worklist(families, children, [
    followUp('fu-late', 'f-a', '2026-11-20'),
    followUp('fu-today', 'f-a', '2026-12-02'),
    followUp('fu-edge', 'f-a', '2026-12-09'),
    followUp('fu-later', 'f-a', '2026-12-10'),
  ])
  const ups = w.rows.filter((r) => r.kind === 'follow_up')
  expect(ups.map((r) => [r.followUp!.id, r.deadline, r.followUp!.overdue])).toEqual([
    ['fu-late', '2026-11-20', true],
    ['fu-today', '2026-12-02', false],
    ['fu-edge', '2026-12-09', false],
  ])
})

test('follow-ups come first, by date, then the families still to visit (the required rows as before)', () => {
  const w = worklist(families, children, [followUp('fu-2', 'f-a', '2026-12-05'), followUp('fu-1', 'f-sp', '2026-12-03', '看看作业计划')])
  expect(w.rows.map((r) => [r.kind, r.familyId])).toEqual([
    ['follow_up', 'f-sp'],
    ['follow_up', 'f-a'],
    ['required', 'f-sp'],
    ['required', 'f-a'],
  ])
  expect(w.rows.filter((r) => r.kind === 'required').every((r) => r.followUp === null)).toBe(true)
})

test('a follow-up row: the youngest child proposes, every child shown, what to do and which visit it came from', () => {
  const [row] = worklist(families, children, [followUp('fu-1', 'f-sp', '2026-12-03', '看看作业计划')]).rows
  expect(row).toMatchObject({
    kind: 'follow_up',
    familyId: 'f-sp',
    studentId: 's-sp-small',
    children: [
      { name: '李小四', className: '一年级1班' },
      { name: '李四', className: '三年级2班' },
    ],
    special: true,
    deadline: '2026-12-03',
    followUp: { id: 'fu-1', visitId: 'vis-f-sp', text: '看看作业计划', overdue: false },
    lastVisit: null,
  })
})

test('a family now owned by someone else: the author still follows up, without the 每学期 badge; no children, no row', () => {
  const w = worklist([], children, [followUp('fu-x', 'f-other', '2026-12-03'), followUp('fu-empty', 'f-none', '2026-12-03')])
  expect(w.rows.map((r) => [r.followUp?.id, r.special, r.studentId])).toEqual([['fu-x', false, 's-gone']])
  // Follow-ups count neither as families still to visit nor as visits under way.
  expect(w).toMatchObject({ inProgress: 0, done: 0 })
})
