import type { VisitView } from '../../../core/contract/visits.contract'
import type { Side, Visit } from '../../../core/model/visit.schema'
import { availableActions } from '../../../core/visit/negotiation'

const RECORDED = '家访记录：家庭情况、孩子在家表现、沟通的内容和共同商定的做法（由老师填写）'
const WHO_SEES = '孩子的班主任、负责家访的老师和学校领导；不会给其他家长看'

/** The visit as one side sees it; `family` only for the teacher side of a single visit. */
export function toView(visit: Visit, side: Side, now: Date, studentNames: string[], family: VisitView['family'] = null): VisitView {
  const a = visit.agreed
  return {
    visitId: visit._id,
    version: visit._v,
    status: visit.status,
    mySide: side,
    teacherName: visit.teacherName,
    studentNames,
    topic: visit.topic,
    options: visit.options,
    offeredBy: visit.offeredBy,
    homeDeclined: visit.homeDeclined,
    agreed: a,
    thread: visit.thread,
    actions: availableActions(visit, side, now),
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
        }
      : null,
    cancelledBy: visit.cancelledBy,
    cancelReason: visit.cancelReason,
    makeUpNeeded: visit.makeUpNeeded,
    videoReady: visit.status === 'scheduled' && a?.option.format === 'video',
    family: side === 'teacher' ? family : null,
  }
}
