import type { AgendaVisit, FamilyVisit } from '../../../core/contract/visits-list.contract'
import { VisitSchema } from '../../../core/model/visit.schema'
import type { Doc } from '../../../core/ports/doc-store'
import { parseDoc } from '../../../core/ports/typed-repo'
import type { z } from 'zod'

/**
 * What a list checks of a visit: a visit document is ~1.4 KB, most of it the thread, and a list card
 * shows a few fields. Whole documents are read: cutting them down inside SQLite (json_each) cost the
 * statement more than it saved in JSON.parse (measured: myAgenda p25 +30 µs in-process). Sorting and
 * naming need startAt, updatedAt, the children and the co-visitors.
 */
export const AgendaFieldsSchema = VisitSchema.pick({
  _id: true,
  _v: true,
  teacherId: true,
  teacherName: true,
  studentIds: true,
  topic: true,
  status: true,
  options: true,
  offeredBy: true,
  agreed: true,
  cancelledBy: true,
  cancelReason: true,
  startAt: true,
  updatedAt: true,
  coVisitors: true,
  followUp: true,
})
export type AgendaFields = z.infer<typeof AgendaFieldsSchema>
/** The parent home shows cancelled visits too: their thread says who cancelled and when it was once agreed. */
export const FamilyFieldsSchema = AgendaFieldsSchema.extend({ thread: VisitSchema.shape.thread })
export type FamilyFields = z.infer<typeof FamilyFieldsSchema>

export const agendaVisit = (d: Doc) => parseDoc('visits', AgendaFieldsSchema, d)
export const familyVisit = (d: Doc) => parseDoc('visits', FamilyFieldsSchema, d)

/** A list card of the visit, as `side` sees it; `coVisitor`: the teacher looking joins someone else's visit. */
export function toListItem(v: AgendaFields, side: 'teacher' | 'parent', studentNames: string[], coVisitor: boolean): AgendaVisit {
  return {
    visitId: v._id,
    version: v._v,
    status: v.status,
    mySide: side,
    teacherName: v.teacherName,
    studentNames,
    topic: v.topic,
    options: v.options,
    offeredBy: v.offeredBy,
    agreed: v.agreed,
    cancelledBy: v.cancelledBy,
    cancelReason: v.cancelReason,
    followUp: v.followUp,
    coVisitor,
  }
}

export const toFamilyItem = (v: FamilyFields, studentNames: string[]): FamilyVisit => ({
  ...toListItem(v, 'parent', studentNames, false),
  thread: v.thread,
})
