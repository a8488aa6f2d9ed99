// H5 has no subscribe dialog: the tap itself is the consent, so the local inbox receives the reminders.
import { notifyApi } from './calls/notify'
import type { Subscribe } from './subscribe.types'

export const subscribe: Subscribe = async (keys) => {
  const res = await notifyApi.subscribed({ accepted: keys.slice(0, 3) })
  return res.ok ? { ok: true, data: { accepted: keys.slice(0, 3) } } : res
}
