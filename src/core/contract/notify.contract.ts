import { z } from 'zod'
import { defineFunction } from './contract'
import { TemplateKeySchema } from '../model/notification.schema'
import { PageInput } from './roster.contract'

export { TEMPLATE_KEYS, TemplateKeySchema, type TemplateKey } from '../model/notification.schema'

export const notifyContract = defineFunction({
  subscribed: {
    summary: '记录用户在订阅弹窗中同意的提醒（每次同意可发送一次）',
    input: z.object({ accepted: z.array(TemplateKeySchema).max(3) }).strict(),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
    roles: 'signed-in',
    write: true,
  },
  inbox: {
    summary: '我的提醒（本地收件箱；微信中为服务通知）',
    input: PageInput.strict(),
    output: z.object({
      total: z.number().int(),
      unread: z.number().int(),
      items: z.array(
        z.object({ id: z.string(), title: z.string(), body: z.string(), page: z.string(), at: z.string(), read: z.boolean() }),
      ),
    }),
    roles: 'signed-in',
  },
  markRead: {
    summary: '把提醒标为已读',
    input: z.object({ ids: z.array(z.string().min(1)).min(1).max(50) }).strict(),
    output: z.object({ updated: z.number().int() }),
    roles: 'signed-in',
    write: true,
  },
})
