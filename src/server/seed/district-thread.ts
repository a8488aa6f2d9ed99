// The documents of one generated visit: the proposal, then the answer that led to its state.
import type { Visit, VisitOption } from '../../core/model/visit.schema'
import type { NewDocOf } from '../../core/ports/writes'
import { PRIVACY_NOTICE } from '../../core/privacy/notice'
import type { FamilyRec } from './district-people'
import type { Random } from './random'

export type State = 'completed' | 'scheduled' | 'awaiting_parent' | 'awaiting_teacher' | 'cancelled'
const DAY = 24 * 3600e3

type Teacher = { id: string; userId: string; name: string }
export function visitDoc(schoolId: string, id: string, fam: FamilyRec, teacher: Teacher, periodId: string): NewDocOf<'visits'> {
  return {
    _id: id,
    schoolId,
    familyId: fam.id,
    studentIds: fam.studentIds,
    teacherId: teacher.id,
    teacherUserId: teacher.userId,
    teacherName: teacher.name,
    periodId,
    required: true,
    topic: '学期家访',
    status: 'awaiting_parent',
    options: [],
    offeredBy: 'teacher',
    offeredAt: '',
    homeDeclined: false,
    agreed: null,
    thread: [],
    cancelledBy: null,
    cancelReason: null,
    makeUpNeeded: false,
    startAt: null,
    createdAt: '',
    updatedAt: '',
    coVisitors: [],
    followUp: false,
    combinedSurvey: false,
  }
}

/** The thread that leads to the wanted state: a proposal, then the parent's or the teacher's answer. */
export function negotiate(
  r: Random,
  v: NewDocOf<'visits'>,
  state: State,
  created: number,
  agreed: VisitOption | null,
  parent: { userId: string | null; guardianId: string; name: string },
): NewDocOf<'visits'> {
  const at = new Date(created).toISOString()
  const later = new Date(created + r.int(1, 48) * 3600e3).toISOString()
  const offered = agreed ? [agreed, shift(agreed, 2)] : [futureOption(created, 1), futureOption(created, 2)]
  const entry = (
    seq: number,
    side: 'teacher' | 'parent',
    kind: Visit['thread'][number]['kind'],
    when: string,
    extra: Partial<Visit['thread'][number]> = {},
  ) => ({
    seq,
    at: when,
    side,
    kind,
    actorUserId: side === 'teacher' ? v.teacherUserId : parent.userId!,
    actorName: side === 'teacher' ? v.teacherName : parent.name,
    options: [],
    chosenOptionId: null,
    text: '',
    ...extra,
  })
  const thread: Visit['thread'] = [entry(1, 'teacher', 'propose', at, { options: offered, text: v.topic })]
  const base = { ...v, options: offered, offeredAt: at, createdAt: at, updatedAt: at, thread }
  if (state === 'awaiting_parent') return base
  if (state === 'awaiting_teacher') {
    const counter = [futureOption(created, 5)]
    thread.push(entry(2, 'parent', 'counter', later, { options: counter, text: '周末更方便' }))
    return { ...base, status: state, options: counter, offeredBy: 'parent', offeredAt: later, updatedAt: later }
  }
  if (state === 'cancelled') {
    const side = parent.userId && r.chance(0.5) ? 'parent' : 'teacher'
    thread.push(entry(2, side, 'cancel', later, { text: '家中有事' }))
    return {
      ...base,
      status: state,
      options: [],
      cancelledBy: side,
      cancelReason: '家中有事',
      makeUpNeeded: side === 'teacher',
      updatedAt: later,
    }
  }
  const byPhone = !parent.userId
  thread.push(entry(2, byPhone ? 'teacher' : 'parent', byPhone ? 'phone_agreement' : 'accept', later, { chosenOptionId: agreed!.id }))
  const agreement = {
    option: agreed!,
    teacherConfirmedAt: at,
    parentConfirmedAt: later,
    parentUserId: parent.userId,
    parentName: parent.name,
    viaPhone: byPhone,
    guardianId: byPhone ? parent.guardianId : null,
    noticeVersion: PRIVACY_NOTICE.version,
  }
  return { ...base, status: state, options: [], agreed: agreement, startAt: agreed!.startAt, updatedAt: later }
}

const shift = (o: VisitOption, days: number): VisitOption => ({
  ...o,
  id: 'r1-2',
  startAt: new Date(Date.parse(o.startAt) + days * DAY).toISOString(),
  endAt: new Date(Date.parse(o.endAt) + days * DAY).toISOString(),
})
function futureOption(from: number, days: number): VisitOption {
  const start = Math.floor(from / DAY) * DAY + days * DAY + 11 * 3600e3
  return {
    id: `r1-${days}`,
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 3600e3).toISOString(),
    format: 'home',
    place: null,
  }
}
