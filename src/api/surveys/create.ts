// The questionnaires a submitted record creates (issue 13), as write operations of the submission's
// batch: one per guardian who took part and whose bound parent account can receive it. Ids derive
// from visit and guardian, so a replayed submission cannot create a second one.
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { questionnairesFor } from '../../core/survey/questionnaire.rules'
import { repos } from '../repos'
import { currentDefinition } from './definitions'

/** Who took part: the participants of the hold, or, when none were recorded, the guardian who agreed the time. */
async function participantIds(store: DocStore, visit: Visit): Promise<string[]> {
  const session = await repos(store).visit_sessions.get(visit._id)
  const held = session?.participants?.guardians.map((g) => g.guardianId) ?? []
  if (held.length) return held
  return visit.agreed?.guardianId ? [visit.agreed.guardianId] : []
}

/**
 * A guardian's account, if bound: the guardian's linked user with an approved binding to that
 * guardian (a revoked binding no longer receives anything from the school).
 */
async function accountsOf(store: DocStore, visit: Visit, guardianIds: string[]) {
  const r = repos(store)
  const guardians = (await r.guardians.getMany(guardianIds.slice(0, 20))).filter((g) => g.familyId === visit.familyId)
  const isBound = async (userId: string, guardianId: string) =>
    (await r.bindings.find({ where: { userId, status: 'approved' }, limit: 50 })).some((b) => b.guardianId === guardianId)
  return Promise.all(
    guardians.map(async (g) => ({ guardianId: g._id, userId: g.userId && (await isBound(g.userId, g._id)) ? g.userId : null })),
  )
}

/** Inserts for the submission's batch (none when nobody who took part has an account). */
export async function questionnaireOps(store: DocStore, visit: Visit, now: Date): Promise<WriteOp[]> {
  const ids = await participantIds(store, visit)
  if (ids.length === 0) return []
  const participants = await accountsOf(store, visit, ids)
  const record = { schoolId: visit.schoolId, visitId: visit._id, familyId: visit.familyId, participants }
  // The store sets each new document's version.
  const { version } = await currentDefinition(store, visit.schoolId)
  return questionnairesFor(record, version, now).map(({ _v: _, ...doc }) => writes.insert('questionnaires', doc))
}
