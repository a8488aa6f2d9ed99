import { z } from 'zod'
import { defineFunction } from './contract'
import { choice, id, PageInput } from './fields'
import { TEMPLATE_KEYS } from '../model/notification.schema'

export { TEMPLATE_KEYS, TemplateKeySchema, type TemplateKey } from '../model/notification.schema'

export const notifyContract = defineFunction({
  subscribed: {
    summary: '记录用户在订阅弹窗中同意的提醒（每次同意可发送一次）',
    input: z
      .object({ accepted: z.array(choice(TEMPLATE_KEYS, '提醒类型'), { error: () => '请选择要接收的提醒' }).max(3, '一次最多选择3种提醒') })
      .strict(),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
    roles: 'signed-in',
    write: true,
  },
  inbox: {
    summary: '我的提醒（本地收件箱；微信中为服务通知）',
    input: PageInput,
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
    input: z
      .object({
        ids: z
          // Inbox ids are derived from what they announce (visit, event, time, person): longer than most.
          .array(id('提醒', 200), { error: () => '请选择要标为已读的提醒' })
          .min(1, '请选择要标为已读的提醒')
          .max(50, '一次最多标记50条提醒'),
      })
      .strict(),
    output: z.object({ updated: z.number().int() }),
    roles: 'signed-in',
    write: true,
  },
})
