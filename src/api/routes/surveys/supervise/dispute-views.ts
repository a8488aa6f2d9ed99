// Disputes as the leaders' queue shows them, and how one is opened (dispute + the teacher's inbox item).
import type { DisputeView } from '../../../../core/contract/surveys-supervise.contract'
import { LEFT_MARK, markedName } from '../../../../core/model/family.schema'
import { VISIT_FORMAT_LABELS, type Visit } from '../../../../core/model/visit.schema'
import { pageLink } from '../../../../core/pages'
import type { DocStore } from '../../../../core/ports/doc-store'
import type { WriteOp } from '../../../../core/ports/doc-store'
import { writes } from '../../../../core/ports/writes'
import { availableDisputeActions, DISPUTE_REASON_LABELS, DISPUTE_STATE_LABELS, type Dispute } from '../../../../core/survey/dispute.rules'
import { repos } from '../../../repos'

export const DISPUTE_SOURCE_LABELS: Record<Dispute['source'], string> = { survey: '家长问卷', spot_check: '电话抽查' }
/** Neutral: no names, no parent's words (the teacher never reads an individual answer). */
export const DISPUTE_INBOX = { title: '有一条家访需要您说明情况', body: '学校需要了解一次家访的情况，请打开后写下您的说明。' }

export type VisitBrief = DisputeView['visit']

/** Time, format, teacher and children of each visit: two reads whatever the number of disputes. */
export async function visitBriefs(store: DocStore, visitIds: string[]): Promise<Map<string, VisitBrief>> {
  const r = repos(store)
  const visits = visitIds.length ? await r.visits.getMany([...new Set(visitIds)]) : []
  const studentIds = [...new Set(visits.flatMap((v) => v.studentIds))]
  const kids = studentIds.length ? await r.students.getMany(studentIds.slice(0, 100)) : []
  // History: a child who left is still named, marked; one already erased leaves only the mark.
  const names = (v: Visit) =>
    kids
      .filter((k) => v.studentIds.includes(k._id))
      .map(markedName)
      .join('、') || LEFT_MARK
  return new Map(
    visits.map((v) => [
      v._id,
      {
        startAt: v.startAt,
        format: v.agreed ? VISIT_FORMAT_LABELS[v.agreed.option.format] : '',
        teacherName: v.teacherName,
        children: names(v),
      },
    ]),
  )
}

export const noBrief: VisitBrief = { startAt: null, format: '', teacherName: '', children: '' }

export function disputeView(d: Dispute, brief: VisitBrief | undefined, staffId: string): DisputeView {
  return {
    disputeId: d._id,
    state: d.state,
    stateLabel: DISPUTE_STATE_LABELS[d.state],
    reason: d.reason,
    reasonLabel: DISPUTE_REASON_LABELS[d.reason],
    sourceLabel: DISPUTE_SOURCE_LABELS[d.source],
    text: d.text,
    raisedAt: d.raisedAt,
    visit: brief ?? noBrief,
    teacherSide: d.teacherSide && { text: d.teacherSide.text, at: d.teacherSide.at },
    resolution: d.resolution && { outcome: d.resolution.outcome, text: d.resolution.text, at: d.resolution.at },
    actions: availableDisputeActions(d, { staffId, as: 'leader' }),
  }
}

/** The writes that open a dispute: the dispute and the visit teacher's inbox item (same id, so once). */
export function openDisputeOps(d: Dispute, teacherUserId: string): WriteOp[] {
  const inbox = {
    _id: `inb-${d._id}`,
    userId: teacherUserId,
    ...DISPUTE_INBOX,
    page: pageLink('teacherDispute', { id: d._id }),
    at: d.raisedAt,
    read: false,
  }
  return [writes.insert('disputes', d), writes.insert('inbox', inbox)]
}
