// The parent's answer form as state: one time, the teacher's length, formats a parent can use, and
// what is missing said in the order the form asks; the words after each answer.
import { doneWords, newDraft, openPanel, toCommand } from '../../../src/client/visit-panel'
import type { VisitView } from '../../../src/core/contract/visits.contract'

const option = (format: 'home' | 'video' | 'group', minutes: number) => ({
  id: 'o1',
  startAt: '2026-12-03T07:00:00.000Z',
  endAt: new Date(Date.parse('2026-12-03T07:00:00.000Z') + minutes * 60_000).toISOString(),
  format,
  place: null,
})

const view = (over: Partial<VisitView> = {}): VisitView => ({
  visitId: 'v',
  version: 1,
  status: 'awaiting_parent',
  mySide: 'parent',
  teacherName: '王芳',
  studentNames: ['李明'],
  studentIds: [],
  topic: '阅读',
  options: [option('home', 45)],
  offeredBy: 'teacher',
  homeDeclined: false,
  agreed: null,
  thread: [],
  actions: ['accept', 'counter', 'cancel', 'decline_home'],
  receipt: null,
  cancelledBy: null,
  cancelReason: null,
  makeUpNeeded: false,
  videoReady: false,
  family: null,
  coVisitorNames: [],
  coVisitor: false,
  followUp: false,
  combinedSurvey: false,
  joinRequests: [],
  ...over,
})

test('a parent’s time keeps the length the teacher proposed; a group visit is never pre-selected for a parent', () => {
  expect(newDraft('counter', view())).toMatchObject({ minutes: 45, format: 'home' })
  expect(newDraft('counter', view({ options: [option('group', 90)] }))).toMatchObject({ minutes: 90, format: null })
  expect(newDraft('decline_home', view())).toMatchObject({ format: 'video' })
  // The teacher's own form starts at an hour, whatever was proposed.
  expect(newDraft('counter', view({ mySide: 'teacher' })).minutes).toBe(60)
})

test('a parent is told what to pick next, in the form’s order, and sends exactly one time', () => {
  const panel = openPanel('counter', view())
  expect(toCommand(panel)).toEqual({ ok: false, message: '请选哪一天' })
  const day = { ...panel, drafts: [{ ...panel.drafts[0]!, day: '2026-12-05' }] }
  expect(toCommand(day)).toEqual({ ok: false, message: '请选几点' })
  const done = toCommand({ ...day, drafts: [{ ...day.drafts[0]!, time: '16:00' }], text: ' 下午家里有人 ' })
  expect(done).toEqual({
    ok: true,
    command: {
      kind: 'counter',
      text: '下午家里有人',
      options: [{ startAt: '2026-12-05T16:00:00+08:00', endAt: '2026-12-05T16:45:00+08:00', format: 'home', place: null }],
    },
  })
})

test('declining a home visit may carry no time; with one, it is complete or refused', () => {
  const panel = openPanel('decline_home', view())
  expect(toCommand(panel)).toEqual({ ok: true, command: { kind: 'decline_home', options: [], text: '' } })
  const half = { ...panel, drafts: [{ ...newDraft('decline_home', view()), day: '2026-12-05' }] }
  expect(toCommand(half)).toEqual({ ok: false, message: '请选几点' })
})

test('each answer ends with words for what happened', () => {
  expect(doneWords('accept', 'parent')).toBe('已约好')
  expect(doneWords('counter', 'parent')).toBe('已发给老师')
  expect(doneWords('counter', 'teacher')).toBe('已发给家长')
  expect(doneWords('phone_agreement', 'teacher')).toBe('已记下电话约定')
  expect(doneWords('cancel', 'parent')).toBe('已取消家访')
})
