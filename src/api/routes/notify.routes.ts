import { ok } from '../../core/result'
import { addCredit } from '../notify/credits'
import { repos } from '../repos'
import type { RouteTable } from '../types'

export const notifyRoutes: RouteTable<'notify'> = {
  subscribed: async ({ accepted }, ctx, { store }) => {
    const credits: Record<string, number> = {}
    for (const key of new Set(accepted)) credits[key] = await addCredit(store, ctx.caller.user._id, key, ctx.now)
    return ok({ credits })
  },

  inbox: async ({ page, pageSize }, ctx, { store }) => {
    const userId = ctx.caller.user._id
    const inbox = repos(store).inbox
    const [total, unread, items] = await Promise.all([
      inbox.count({ userId }),
      inbox.count({ userId, read: false }),
      inbox.find({ where: { userId }, orderBy: [['at', 'desc']], limit: pageSize, skip: page * pageSize }),
    ])
    return ok({
      total,
      unread,
      items: items.map((i) => ({ id: i._id, title: i.title, body: i.body, page: i.page, at: i.at, read: i.read })),
    })
  },

  markRead: async ({ ids }, ctx, { store }) => {
    const inbox = repos(store).inbox
    const items = await inbox.getMany(ids)
    let updated = 0
    for (const item of items.filter((i) => i.userId === ctx.caller.user._id && !i.read)) {
      if (await inbox.update(item._id, { read: true }, item._v)) updated++
    }
    return ok({ updated })
  },
}
