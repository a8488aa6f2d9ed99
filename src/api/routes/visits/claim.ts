// The family claim follows its visit: it records where the visit stands (what coverage counts), moves
// to another period when the agreed time falls in one (a visit counts where it takes place), and goes
// when the visit is cancelled.
import { isSemesterId, periodOfVisit } from '../../../core/coverage/calendar'
import { claimStateOf, claimFormatOf } from '../../../core/coverage/rules'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { calendarOf } from '../../coverage/calendar'
import { repos } from '../../repos'
import { claimId } from './access'

/** The period the visit counts for after the change, and the claim writes that go in the same batch. */
export async function followClaim(store: DocStore, before: Visit, after: Visit): Promise<{ periodId: string; ops: WriteOp[] }> {
  // A follow-up holds no claim: the required visit's claim is not its to move.
  if (!before.required) return { periodId: before.periodId, ops: [] }
  const id = claimId(before.familyId, before.periodId)
  if (after.status === 'cancelled') return { periodId: before.periodId, ops: [{ kind: 'remove', coll: 'claims', id }] }
  const startAt = after.agreed?.option.startAt ?? null
  const set = { state: claimStateOf(after.status), startAt, ...formatSet(before, after) }
  if (!startAt) return { periodId: before.periodId, ops: [{ kind: 'update', coll: 'claims', id, set }] }
  const calendar = await calendarOf(store, before.schoolId)
  const periodId = periodOfVisit(calendar, isSemesterId(before.periodId), startAt).id
  if (periodId === before.periodId) return { periodId, ops: [{ kind: 'update', coll: 'claims', id, set }] }
  const claim = await repos(store).familyClaims.get(id)
  if (!claim) return { periodId: before.periodId, ops: [{ kind: 'update', coll: 'claims', id, set }] }
  const { _v, ...rest } = claim
  // Inserting under the other period's id fails as a duplicate if that period is already claimed.
  return {
    periodId,
    ops: [
      { kind: 'remove', coll: 'claims', id },
      { kind: 'insert', coll: 'claims', doc: { ...rest, ...set, _id: claimId(before.familyId, periodId), periodId } },
    ],
  }
}

/** The agreed format, when the agreement changed or the format is one a fallback never alters (video may have become 电话). */
function formatSet(before: Visit, after: Visit): { format?: ReturnType<typeof claimFormatOf> } {
  const option = after.agreed?.option
  if (!option) return {}
  const was = before.agreed?.option
  const changed = was?.format !== option.format || was?.startAt !== option.startAt
  return changed || option.format !== 'video' ? { format: claimFormatOf(option.format, null) } : {}
}
