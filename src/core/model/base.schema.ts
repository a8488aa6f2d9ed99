import { z } from 'zod'

/** Every stored document: an id and a version for compare-and-set. */
export const DocBase = z.object({
  _id: z.string().min(1),
  _v: z.number().int().nonnegative(),
})

export const IdSchema = z.string().trim().min(1, '编号不能为空').max(64, '编号过长')
export const IsoInstant = z.iso.datetime({ offset: true, message: '时间格式不正确' })
/** A mainland mobile number: 11 digits starting 13–19. The one phone rule for forms, imports and contracts. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/** Inside a zod transform: report `message` on this value and give up on it. */
export const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

export const ChineseName = z.string().trim().min(1, '姓名不能为空').max(20, '姓名不能超过20个字')
