import { z } from 'zod'
import { AgreementSchema, SideSchema, ThreadEntrySchema, VisitOptionSchema, VisitStatusSchema } from '../model/visit.schema'

/**
 * A visit as the lists show it (agenda, week strip, parent home): the card, the week's day, the child's
 * line. A single visit's view (visits.get) adds what only its page uses: actions, receipt, family.
 */
export const AgendaVisitSchema = z.object({
  visitId: z.string(),
  version: z.number().int(),
  status: VisitStatusSchema,
  mySide: SideSchema,
  teacherName: z.string(),
  /** The visit's children; on the parent side only those this guardian is bound to (never a sibling they are not). */
  studentNames: z.array(z.string()),
  topic: z.string(),
  options: z.array(VisitOptionSchema),
  offeredBy: SideSchema,
  agreed: AgreementSchema.nullable(),
  cancelledBy: SideSchema.nullable(),
  cancelReason: z.string().nullable(),
  followUp: z.boolean(),
  /** The caller is a co-visitor: sees the teacher side, but only the visit's teacher negotiates (actions empty). */
  coVisitor: z.boolean(),
})
/** The agenda lists waiting and agreed visits only, never a cancelled one: it needs no thread, and none is read for it. */
export type AgendaVisit = z.infer<typeof AgendaVisitSchema>

/** The parent home also shows cancelled and past visits: who cancelled, the time once agreed and the day proposed come from the thread. */
export const FamilyVisitSchema = AgendaVisitSchema.extend({ thread: z.array(ThreadEntrySchema) })
export type FamilyVisit = z.infer<typeof FamilyVisitSchema>

/** A card in any list; the thread where the list has one. */
export type ListedVisit = AgendaVisit & Partial<Pick<FamilyVisit, 'thread'>>

export const listOf = <S extends z.ZodTypeAny>(item: S) => z.object({ visits: z.array(item), total: z.number().int() })
