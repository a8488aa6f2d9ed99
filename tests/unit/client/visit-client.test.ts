// Agenda grouping, the parent's "one thing first", panel commands, subscribe answers and inbox links.
import { pickWaiting, weekStrip } from '../../../src/client/agenda'
import { acceptedKeys } from '../../../src/client/subscribe.types'
import { openPanel, toCommand } from '../../../src/client/visit-panel'
import { emptyDraft } from '../../../src/client/visit-time'
import { inboxTarget } from '../../../src/client/routes'
import type { VisitView } from '../../../src/core/contract/visits.contract'

const NOW = new Date('2026-11-29T02:00:00.000Z') // Sunday 10:00 Shanghai

function view(over: Partial<VisitView> & { at?: string } = {}): VisitView {
  const { at, ...rest } = over
  const option = {
    id: 'o1',
    startAt: at ?? '2026-12-01T07:00:00.000Z',
    endAt: '2026-12-01T08:00:00.000Z',
    format: 'home' as const,
    place: null,
  }
  return {
    visitId: 'v',
    version: 1,
    status: 'awaiting_parent',
    mySide: 'parent',
    teacherName: '王芳',
    studentNames: ['李明'],
    studentIds: [],
    topic: '阅读',
    options: [option],
    offeredBy: 'teacher',
    homeDeclined: false,
    agreed: null,
    thread: [],
    actions: [],
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
    ...rest,
  }
}
const agreedAt = (id: string, startAt: string): VisitView => {
  const v = view({ visitId: id, status: 'scheduled' })
  const option = { ...v.options[0]!, startAt, endAt: startAt.replace(/T(\d\d)/, (_, h) => `T${String(Number(h) + 1).padStart(2, '0')}`) }
  return {
    ...v,
    agreed: {
      option,
      teacherConfirmedAt: '',
      parentConfirmedAt: '',
      parentUserId: null,
      parentName: '',
      viaPhone: false,
      guardianId: null,
      noticeVersion: 'v1',
    },
  }
}

test('week strip: 7 Shanghai days from today; agreed visits land on their local day, in time order', () => {
  // 2026-11-30T17:00Z is 1 Dec 01:00 in Shanghai.
  const strip = weekStrip(NOW, [
    agreedAt('b', '2026-11-30T17:00:00.000Z'),
    agreedAt('a', '2026-11-30T16:30:00.000Z'),
    view({ visitId: 'waiting' }),
  ])
  expect(strip.map((d) => d.value)).toEqual([
    '2026-11-29',
    '2026-11-30',
    '2026-12-01',
    '2026-12-02',
    '2026-12-03',
    '2026-12-04',
    '2026-12-05',
  ])
  expect(strip.slice(0, 3).map((d) => d.name)).toEqual(['今天', '明天', '周二'])
  expect(strip[1]!.visits).toHaveLength(0)
  expect(strip[2]!.visits.map((v) => v.visitId)).toEqual(['a', 'b'])
})

test('parent home: a proposal to answer comes first, else the next agreed visit that has not ended', () => {
  const past = agreedAt('past', '2026-11-28T07:00:00.000Z')
  const soon = agreedAt('soon', '2026-12-02T07:00:00.000Z')
  const later = agreedAt('later', '2026-12-05T07:00:00.000Z')
  expect(pickWaiting([later, soon, past], NOW)!.visitId).toBe('soon')
  expect(pickWaiting([later, view({ visitId: 'answer' })], NOW)!.visitId).toBe('answer')
  expect(pickWaiting([past, view({ visitId: 'theirs', status: 'awaiting_teacher' })], NOW)).toBeNull()
})

test('panel commands: cancel needs a reason; declining home may carry no time; phone needs the guardian', () => {
  const v = view({ homeDeclined: true })
  expect(toCommand(openPanel('cancel', v))).toEqual({ ok: false, message: '请填写取消原因' })
  expect(toCommand({ ...openPanel('cancel', v), text: ' 培训 ' })).toEqual({ ok: true, command: { kind: 'cancel', reason: '培训' } })
  expect(toCommand(openPanel('decline_home', v))).toEqual({ ok: true, command: { kind: 'decline_home', options: [], text: '' } })
  expect(openPanel('counter', v).drafts[0]!.format).toBe('video') // home was declined: never offered again by default
  const draft = { ...emptyDraft('home'), day: '2026-12-03', time: '15:00' }
  const phone = { ...openPanel('phone_agreement', view()), drafts: [draft] }
  expect(toCommand(phone)).toEqual({ ok: false, message: '请选择电话里约好的是哪位家长' })
  const done = toCommand({ ...phone, guardianId: 'gdn-7' })
  expect(done.ok && done.command).toMatchObject({
    kind: 'phone_agreement',
    guardianId: 'gdn-7',
    option: { startAt: '2026-12-03T15:00:00+08:00' },
  })
  expect(toCommand({ ...openPanel('reschedule', view()), drafts: [draft], text: '临时有事' })).toMatchObject({
    ok: true,
    command: { kind: 'reschedule', text: '临时有事' },
  })
})

test('subscribe: only templates WeChat reports as accepted are recorded', () => {
  const ids = { visit_agreed: 'A', visit_changed: 'C', visit_reminder: 'R' }
  expect(
    acceptedKeys(['visit_agreed', 'visit_changed', 'visit_reminder'], ids, { A: 'accept', C: 'reject', R: 'accept', errMsg: 'ok' }),
  ).toEqual(['visit_agreed', 'visit_reminder'])
  expect(acceptedKeys(['visit_proposal'], ids, { undefined: 'accept' })).toEqual([])
})

test('inbox items open only visit pages', () => {
  expect(inboxTarget('packages/visit/pages/detail/index?id=vis-1')).toBe('/packages/visit/pages/detail/index?id=vis-1')
  expect(inboxTarget('/packages/admin/pages/home/index')).toBeNull()
})
