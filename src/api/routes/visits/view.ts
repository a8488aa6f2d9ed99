import type { VisitView } from '../../../core/contract/visits.contract'
import type { Side, Visit } from '../../../core/model/visit.schema'
import { availableActions } from '../../../core/visit/negotiation'
import { toListItem } from './list-view'

const RECORDED = '家访记录：家庭情况、孩子在家表现、沟通的内容和共同商定的做法（由老师填写）'
const WHO_SEES = '孩子的班主任、负责家访的老师和学校领导；不会给其他家长看'

/** Who on the teacher side is looking: a co-visitor sees the visit but does not negotiate; requests only for the visit's teacher. */
export type Viewer = { coVisitor: boolean; joinRequests: VisitView['joinRequests'] }
const OWN: Viewer = { coVisitor: false, joinRequests: [] }

/** The visit as one side sees it; `family` only for the teacher side of a single visit. */
export function toView(
  visit: Visit,
  side: Side,
  now: Date,
  studentNames: string[],
  family: VisitView['family'] = null,
  viewer: Viewer = OWN,
): VisitView {
  const a = visit.agreed
  const coVisitorNames = visit.coVisitors.map((c) => c.name)
  // The survey flag tells that the family is registered poor: the visit's teacher proposed it; a co-visitor learns it once agreed.
  const survey =
    side === 'teacher' && visit.combinedSurvey && (!viewer.coVisitor || visit.status === 'scheduled' || visit.status === 'completed')
  return {
    ...toListItem(visit, side, studentNames, viewer.coVisitor),
    thread: visit.thread,
    studentIds: side === 'teacher' ? visit.studentIds : [],
    homeDeclined: visit.homeDeclined,
    actions: viewer.coVisitor ? [] : availableActions(visit, side, now),
    receipt: a
      ? {
          visitId: visit._id,
          topic: visit.topic,
          startAt: a.option.startAt,
          endAt: a.option.endAt,
          format: a.option.format,
          place: a.option.place,
          teacherName: visit.teacherName,
          parentName: a.parentName,
          studentNames,
          recorded: RECORDED,
          whoSees: WHO_SEES,
          noticeVersion: a.noticeVersion,
          teacherConfirmedAt: a.teacherConfirmedAt,
          parentConfirmedAt: a.parentConfirmedAt,
          viaPhone: a.viaPhone,
          coVisitorNames,
        }
      : null,
    makeUpNeeded: visit.makeUpNeeded,
    videoReady: visit.status === 'scheduled' && a?.option.format === 'video',
    family: side === 'teacher' ? family : null,
    coVisitorNames,
    combinedSurvey: survey,
    joinRequests: side === 'teacher' && !viewer.coVisitor ? viewer.joinRequests : [],
  }
}
