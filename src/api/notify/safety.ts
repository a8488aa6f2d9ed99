// Lone-visit safety: who is told (the colleague named at check-in and the school contact) and what
// (the visit's agreed time and the family's area only). The area is read from the sealed address for
// the message and never stored elsewhere. The school has no contact setting yet: its principal is it.
import type { Visit } from '../../core/model/visit.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import type { DocStore } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { pageLink } from '../../core/pages'
import { areaOf, HOLD_TEXTS, UNKNOWN_AREA, type VisitSession } from '../../core/visit/hold.rules'
import { repos } from '../repos'

/** The school contact: an active principal of the school who can sign in, or null. */
export async function schoolContactOf(store: DocStore, schoolId: string): Promise<string | null> {
  const found = await repos(store).staff.find({ where: { schoolId, status: 'active', roles: { has: 'principal' } }, limit: 5 })
  return found.find((s) => s.userId)?.userId ?? null
}

/** Everyone to tell about this visit's teacher, never the teacher themself. */
export async function safetyRecipients(store: DocStore, session: VisitSession): Promise<string[]> {
  const school = await schoolContactOf(store, session.schoolId)
  const all = [session.safetyContact?.userId ?? null, school].filter((u): u is string => u !== null && u !== session.teacherUserId)
  return [...new Set(all)]
}

/** The family's area, or "not registered" (also while a guardian has withdrawn consent for sensitive data). */
export async function familyArea(store: DocStore, familyId: string): Promise<string> {
  const sensitive = await repos(store).sensitive.get(familyId)
  if (!sensitive || sensitive.withdrawnBy.length > 0) return UNKNOWN_AREA
  return areaOf(sensitive.address)
}

/** One inbox item per recipient; the id (kind, visit, key, person) makes a repeat a duplicate insert. */
export async function safetyOps(
  store: DocStore,
  kind: 'help' | 'overdue',
  visit: Visit,
  session: VisitSession,
  key: string,
  at: string,
): Promise<{ userIds: string[]; ops: WriteOp[] }> {
  const [userIds, area] = await Promise.all([safetyRecipients(store, session), familyArea(store, visit.familyId)])
  const text = HOLD_TEXTS[kind](visit.teacherName, session.agreedStartAt, session.expectedEndAt, area)
  // The colleague cannot open the visit itself: the item opens the inbox.
  const ops = userIds.map((userId) =>
    writes.insert('inbox', {
      _id: `inb-${kind}-${visit._id}-${key}-${userId}`,
      userId,
      ...text,
      page: pageLink('visitInbox'),
      at,
      read: false,
    }),
  )
  return { userIds, ops }
}
