// Bookkeeping collections: schema marker, counters, locks, replayed answers, file metadata.
import { z } from 'zod'
import { DocBase } from './base.schema'
import { CLAIM_FORMATS, CLAIM_STATES } from '../coverage/rules'
import { TemplateKeySchema } from './notification.schema'
import { ImportLockSchema } from './import-job.schema'

/** `meta/schema`: which data-model version seeded this database, when, and whether it is the demo district. */
export const SchemaMetaSchema = DocBase.extend({ version: z.number().int(), seededAt: z.string(), demo: z.boolean().optional() })
/** `meta/sealing`: the key every sealed field is sealed under (key rotation resumes from it). */
export const SealingMetaSchema = DocBase.extend({ keyId: z.string(), format: z.literal('enc2') })
/** `meta/import-template`: the stored roster template and the version of its content. */
export const TemplateMetaSchema = DocBase.extend({ fileId: z.string(), version: z.string() })
/** `meta/migration`: how far the running data-model migration got (its target version and last id done). */
export const MigrationMetaSchema = DocBase.extend({ to: z.number().int(), after: z.string().nullable() })
/** `meta/reseal`: where the cloud's sliced key rotation stopped (the key it re-seals under, collection, last id). */
export const ResealCursorSchema = DocBase.extend({ keyId: z.string(), coll: z.string(), after: z.string().nullable() })
export const MetaSchema = z.union([SchemaMetaSchema, SealingMetaSchema, TemplateMetaSchema, MigrationMetaSchema, ResealCursorSchema])
export type Meta = z.infer<typeof MetaSchema>

const CounterFields = { n: z.number().int(), updatedAt: z.string() }

/** Rate counters, e.g. failed child-binding guesses per account per day (`kind: 'bind-fail'`). */
export const CounterSchema = DocBase.extend({ kind: z.string(), userId: z.string(), ...CounterFields })
export type Counter = z.infer<typeof CounterSchema>

/** Subscribe-message credits: how many messages of one template a user still accepts. */
export const CreditSchema = DocBase.extend({ userId: z.string(), key: TemplateKeySchema, ...CounterFields })
export type Credit = z.infer<typeof CreditSchema>

/**
 * A family claimed for one period by one visit (`claim:<familyId>:<periodId>`): the id is the lock, so
 * two teachers at once get exactly one claim. It also carries what coverage counts (state, class, when).
 */
export const FamilyClaimSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  periodId: z.string(),
  classId: z.string().nullable(),
  grade: z.number().int().nullable(),
  special: z.boolean(),
  teacherId: z.string(),
  teacherName: z.string(),
  visitId: z.string(),
  state: z.enum(CLAIM_STATES),
  /** The agreed start, or null while still being agreed. */
  startAt: z.string().nullable(),
  /** How the visit is (was) held, for the dashboard's format breakdown; null until agreed and in claims written before it was kept. */
  format: z.enum(CLAIM_FORMATS).nullable().default(null),
  /** Colleagues who join the visit: they see it and are on the receipt; it counts once. */
  coVisitorIds: z.array(z.string()),
  at: z.string(),
})
export type FamilyClaim = z.infer<typeof FamilyClaimSchema>

/** `locks` holds documents whose id is the lock: a teacher's calendar slot, and the pointer to a class's standing invite code. */
export const SlotLockSchema = DocBase.extend({
  /** The visit holding the slot, or `group:<startAt>` for a group session shared by its `members`. */
  visitId: z.string(),
  members: z.array(z.string()).optional(),
})
export const ClassInvitePointerSchema = DocBase.extend({ code: z.string(), qrFileId: z.string().nullable() })
export type ClassInvitePointer = z.infer<typeof ClassInvitePointerSchema>
// Most specific first: zod strips unknown keys, so a claim would also pass as a slot lock.
export const LockSchema = z.union([ClassInvitePointerSchema, ImportLockSchema, SlotLockSchema])
export type Lock = z.infer<typeof LockSchema>

/**
 * A write's request id, claimed before its handler runs (`pending`), then its stored answer (`done`),
 * replayed when the same id comes again with the same input. Documents from before claims existed
 * hold only `at` and `result`.
 */
export const ClaimedRequestSchema = DocBase.extend({
  /** When the claim was made (purged a week later). */
  at: z.string(),
  state: z.enum(['pending', 'done']),
  /** sha256 of the parsed input: the same id with another input is refused, not replayed. */
  inputHash: z.string(),
  result: z.unknown(),
  doneAt: z.string().nullable(),
})
export const ReplaySchema = z.union([ClaimedRequestSchema, DocBase.extend({ at: z.string(), result: z.unknown() })])
export type Replay = z.infer<typeof ReplaySchema>

/** Metadata of a file in cloud storage (the bytes live under `files/<id>`). */
export const FileMetaSchema = DocBase.extend({
  name: z.string(),
  ownerUserId: z.string(),
  size: z.number().int().nonnegative(),
  cloudFileId: z.string().nullable(),
  /** A client upload being adopted: deleted once copied, and again by the purge should that have failed. */
  originalCloudFileId: z.string().nullable().optional(),
  /** Personal data (a roster): the bytes are sealed, and the file goes at `expiresAt`. */
  sealed: z.boolean().optional(),
  expiresAt: z.string().nullable().optional(),
})
export type FileMeta = z.infer<typeof FileMetaSchema>
