// The prep pack of an agreed visit: its teacher writes it (compare-and-set on `visit_preps/<visitId>`),
// its co-visitors read it.
import type { Prep } from '../../../core/visit/prep.rules'
import { writes } from '../../../core/ports/writes'
import { Errors, err, ok } from '../../../core/result'
import { PREP_MESSAGES } from '../../../core/visit/prep-texts'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { prepAccess, prepView } from './prep-access'

type R = RouteTable<'visits'>

export const getPrep: R['getPrep'] = async ({ visitId }, ctx, { store }) => {
  const access = await prepAccess(store, ctx.caller, visitId)
  if (!access.ok) return access
  return ok(await prepView(store, access.data.visit, access.data.readOnly))
}

export const savePrep: R['savePrep'] = async ({ visitId, version, outline, questions, talkedWithStudent }, ctx, { store }) => {
  const access = await prepAccess(store, ctx.caller, visitId)
  if (!access.ok) return access
  const { visit, readOnly } = access.data
  if (readOnly) return err('PREP.READ_ONLY', PREP_MESSAGES.readOnly)
  if (visit.status !== 'scheduled') return err('PREP.NOT_AGREED', PREP_MESSAGES.notAgreed)
  const known = await repos(store).visit_preps.get(visitId)
  if ((known?._v ?? 0) !== version) return Errors.conflict(PREP_MESSAGES.changed)
  const at = ctx.now.toISOString()
  const fields = { outline, questions, talkedWithStudent, updatedAt: at, updatedBy: ctx.caller.staff!._id }
  const op = known
    ? writes.update('visit_preps', visitId, fields, known._v)
    : writes.insert('visit_preps', { _id: visitId, visitId, schoolId: visit.schoolId, ...fields })
  const result = await store.batch([op])
  if (!result.ok) return Errors.conflict(PREP_MESSAGES.changed)
  const saved: Prep = { ...(known ?? { _id: visitId, visitId, schoolId: visit.schoolId }), ...fields, _v: version + 1 }
  return ok(await prepView(store, visit, false, saved))
}
