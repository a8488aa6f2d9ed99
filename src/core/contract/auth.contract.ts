import { z } from 'zod'
import { RoleSchema } from '../roles'
import { defineFunction } from './contract'

export const HomeSchema = z.enum(['teacher', 'parent', 'leader', 'admin', 'district'])

export const MeSchema = z.object({
  userId: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  homes: z.array(HomeSchema),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  districtId: z.string().nullable(),
  /** Cloud storage folder for this user's own uploads (WeChat). */
  uploadPrefix: z.string(),
})
export type Me = z.infer<typeof MeSchema>

export const authContract = defineFunction({
  me: {
    summary: '当前用户：姓名、角色、可进入的首页',
    input: z.object({}).strict(),
    output: MeSchema,
    roles: 'signed-in',
  },
})
