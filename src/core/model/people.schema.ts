import { z } from 'zod'
import { SCHOOL_STAFF } from '../roles'
import { DocBase } from './base.schema'

export const StaffRoleSchema = z.enum(SCHOOL_STAFF)
export type StaffRole = z.infer<typeof StaffRoleSchema>

export const StaffSchema = DocBase.extend({
  schoolId: z.string(),
  name: z.string(),
  roles: z.array(StaffRoleSchema),
  headClassIds: z.array(z.string()),
  teachings: z.array(z.object({ classId: z.string(), subject: z.string() })),
  status: z.enum(['active', 'revoked']),
  userId: z.string().nullable(),
})
export type Staff = z.infer<typeof StaffSchema>

/** What a new WeChat account is called until its owner gives a name (WeChat no longer shares nicknames). */
export const DEFAULT_USER_NAME = '微信用户'

/** An account: one WeChat identity (openid) or, locally, a demo person. */
export const UserSchema = DocBase.extend({
  openid: z.string().nullable(),
  name: z.string(),
  staffId: z.string().nullable(),
  guardianIds: z.array(z.string()),
  districtId: z.string().nullable(),
  createdAt: z.string(),
})
export type User = z.infer<typeof UserSchema>

/** Contact data lives apart from the people it belongs to, so it can be encrypted and restricted. */
export const ContactSchema = DocBase.extend({
  schoolId: z.string(),
  ownerType: z.enum(['staff', 'guardian']),
  phone: z.string(),
})
export type Contact = z.infer<typeof ContactSchema>

/** Contact documents are keyed by their owner: `ct-<staffId>` / `ct-<guardianId>`. */
export const contactId = (ownerId: string) => `ct-${ownerId}`
