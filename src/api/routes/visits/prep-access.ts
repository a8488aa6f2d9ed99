// Shared by the prep routes: who may open a visit's pack, and the pack as its side sees it.
import type { Visit } from '../../../core/model/visit.schema'
import type { PrepView } from '../../../core/contract/visits-prep.contract'
import type { DocStore } from '../../../core/ports/doc-store'
import { Errors, err, ok, type Result } from '../../../core/result'
import { formatLocal } from '../../../core/time'
import { isCoVisitor } from '../../../core/visit/join.rules'
import { prepMissing, type Prep } from '../../../core/visit/prep.rules'
import { PREP_MESSAGES } from '../../../core/visit/prep-texts'
import { repos } from '../../repos'
import type { Caller } from '../../types'

const AGREED: readonly Visit['status'][] = ['scheduled', 'completed']

/** The visit's teacher edits, its co-visitors read; to anyone else the visit is not there. Only once agreed. */
export async function prepAccess(store: DocStore, caller: Caller, visitId: string): Promise<Result<{ visit: Visit; readOnly: boolean }>> {
  const staff = caller.staff
  const visit = await repos(store).visits.get(visitId)
  if (!staff || !visit) return Errors.notFound('家访')
  const own = visit.teacherId === staff._id
  if (!own && !isCoVisitor(visit, staff._id)) return Errors.notFound('家访')
  if (!AGREED.includes(visit.status)) return err('PREP.NOT_AGREED', PREP_MESSAGES.notAgreed)
  return ok({ visit, readOnly: !own })
}

/** The pack with what it lacks, colleagues' answers and last period's visit (reads at once), then that visit's record. */
export async function prepView(store: DocStore, visit: Visit, readOnly: boolean, known?: Prep | null): Promise<PrepView> {
  const r = repos(store)
  const [prep, requests, students, earlier] = await Promise.all([
    known === undefined ? r.visit_preps.get(visit._id) : Promise.resolve(known),
    r.prep_requests.find({ where: { visitId: visit._id }, limit: 50 }),
    r.students.getMany(visit.studentIds),
    r.visits.find({ where: { familyId: visit.familyId }, orderBy: [['updatedAt', 'desc']], limit: 20 }),
  ])
  const before = previousVisit(visit, earlier)
  // What was agreed last time, from that visit's record (a visit without one has nothing to carry over).
  const lastRecord = before?.status === 'completed' ? await r.visit_records.get(before._id) : null
  return {
    visitId: visit._id,
    version: prep?._v ?? 0,
    readOnly,
    studentNames: students.map((s) => s.name),
    startAt: visit.startAt,
    outline: prep?.outline ?? [],
    questions: prep?.questions ?? [],
    talkedWithStudent: prep?.talkedWithStudent ?? false,
    missing: prepMissing(prep),
    requests: requests
      .sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id))
      .map((q) => ({ requestId: q._id, staffName: q.staffName, why: q.why, text: q.text, answeredAt: q.answeredAt })),
    previous: before ? { topic: before.topic, date: formatLocal(before.startAt!, 'YYYY年M月D日') } : null,
    lastStrategies: lastRecord?.record.strategies ?? [],
  }
}

/** The family's latest agreed or held visit of an earlier period, before this one. */
function previousVisit(visit: Visit, visits: Visit[]): Visit | null {
  const before = visits
    .filter((v) => v._id !== visit._id && v.periodId !== visit.periodId && v.startAt && (!visit.startAt || v.startAt < visit.startAt))
    .filter((v) => v.status === 'completed' || v.status === 'scheduled')
    .sort((a, b) => b.startAt!.localeCompare(a.startAt!))[0]
  return before ?? null
}
