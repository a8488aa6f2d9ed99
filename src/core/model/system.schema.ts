// Bookkeeping collections: schema marker, counters, locks, replayed answers, file metadata.
import { z } from 'zod'
import { DocBase } from './base.schema'
import { TemplateKeySchema } from './notification.schema'

/** `meta/schema`: which data-model version seeded this database, and when. */
export const MetaSchema = DocBase.extend({ version: z.number().int(), seededAt: z.string() })
export type Meta = z.infer<typeof MetaSchema>

const CounterFields = { n: z.number().int(), updatedAt: z.string() }

/** Rate counters, e.g. failed child-binding guesses per account per day (`kind: 'bind-fail'`). */
export const CounterSchema = DocBase.extend({ kind: z.string(), userId: z.string(), ...CounterFields })
export type Counter = z.infer<typeof CounterSchema>

/** Subscribe-message credits: how many messages of one template a user still accepts. */
export const CreditSchema = DocBase.extend({ userId: z.string(), key: TemplateKeySchema, ...CounterFields })
export type Credit = z.infer<typeof CreditSchema>

/**
 * `locks` holds documents whose id is the lock. Three kinds share it: a family claimed by one
 * teacher per period, a teacher's calendar slot, and the pointer to a class's standing invite code.
 */
export const FamilyClaimSchema = DocBase.extend({
  teacherId: z.string(),
  teacherName: z.string(),
  visitId: z.string(),
  at: z.string(),
})
export type FamilyClaim = z.infer<typeof FamilyClaimSchema>
export const SlotLockSchema = DocBase.extend({ visitId: z.string() })
export const ClassInvitePointerSchema = DocBase.extend({ code: z.string(), qrFileId: z.string().nullable() })
export type ClassInvitePointer = z.infer<typeof ClassInvitePointerSchema>
// Most specific first: zod strips unknown keys, so a claim would also pass as a slot lock.
export const LockSchema = z.union([FamilyClaimSchema, ClassInvitePointerSchema, SlotLockSchema])
export type Lock = z.infer<typeof LockSchema>

/**
 * A write's stored answer, replayed when the same request id comes again. Declared loosely: the
 * replay store is being reshaped (a pending marker before the handler runs), so fields may be added.
 */
export const ReplaySchema = DocBase.extend({ at: z.string(), result: z.unknown().optional() }).loose()
export type Replay = z.infer<typeof ReplaySchema>

/** Metadata of a file in cloud storage (the bytes live under `files/<id>`). */
export const FileMetaSchema = DocBase.extend({
  name: z.string(),
  ownerUserId: z.string(),
  size: z.number().int().nonnegative(),
  cloudFileId: z.string(),
})
export type FileMeta = z.infer<typeof FileMetaSchema>
