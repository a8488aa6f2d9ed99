// A parent's own free windows and formats: only they read or change them; staff see them in words,
// through suggestions, for the families they answer for.
import { availabilityId, type Availability } from '../../../core/model/availability.schema'
import type { AvailabilityView } from '../../../core/contract/visits-bulk.contract'
import { writes } from '../../../core/ports/writes'
import { Errors, ok } from '../../../core/result'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'

type R = RouteTable<'visits'>

const viewOf = (a: Availability): AvailabilityView => ({ windows: a.windows, formats: a.formats, version: a._v, updatedAt: a.updatedAt })

export const myAvailability: R['myAvailability'] = async (_input, ctx, { store }) => {
  const doc = await repos(store).availability.get(availabilityId(ctx.caller.user._id))
  return ok({ availability: doc ? viewOf(doc) : null })
}

/** First save inserts (version null); later saves compare-and-set on the version the parent saw. Only one's own. */
export const setAvailability: R['setAvailability'] = async ({ windows, formats, version }, ctx, { store }) => {
  const userId = ctx.caller.user._id
  // A guardian: a parent, or someone whose binding awaits the head teacher (asked right after binding).
  const guardian = ctx.caller.roles.includes('parent') || (await store.count('bindings', { userId, status: 'pending' })) > 0
  if (!guardian) return Errors.forbidden('绑定孩子以后，才能告诉老师方便家访的时间')
  const _id = availabilityId(userId)
  const updatedAt = ctx.now.toISOString()
  const op =
    version === null
      ? writes.insert('availability', { _id, userId, windows, formats, updatedAt })
      : writes.update('availability', _id, { windows, formats, updatedAt }, version)
  const result = await store.batch([op])
  if (!result.ok) return Errors.conflict('您的时间在别处已经改过了，请刷新页面看看再改')
  return ok({ availability: { windows, formats, version: (version ?? 0) + 1, updatedAt } })
}
