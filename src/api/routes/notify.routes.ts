import { ok } from '../../core/result'
import { addCredit } from '../notify/credits'
import type { RouteTable } from '../types'

export const notifyRoutes: RouteTable<'notify'> = {
  subscribed: async ({ accepted }, ctx, { store }) => {
    const credits: Record<string, number> = {}
    for (const key of new Set(accepted)) credits[key] = await addCredit(store, ctx.caller.user._id, key, ctx.now)
    return ok({ credits })
  },

  inbox: async ({ page, pageSize }, ctx, { store }) => {
    const userId = ctx.caller.user._id
    const [total, unread, items] = await Promise.all([
      store.count('inbox', { userId }),
      store.count('inbox', { userId, read: false }),
      store.find('inbox', { where: { userId }, orderBy: [['at', 'desc']], limit: pageSize, skip: page * pageSize }),
    ])
    return ok({
      total,
      unread,
      items: items.map((i) => ({
        id: i._id,
        title: String(i.title),
        body: String(i.body),
        page: String(i.page),
        at: String(i.at),
        read: i.read === true,
      })),
    })
  },

  markRead: async ({ ids }, ctx, { store }) => {
    const items = await store.getMany('inbox', ids)
    let updated = 0
    for (const item of items.filter((i) => i.userId === ctx.caller.user._id && i.read !== true)) {
      if (await store.update('inbox', item._id, { read: true }, item._v)) updated++
    }
    return ok({ updated })
  },
}
