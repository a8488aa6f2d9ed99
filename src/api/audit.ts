import { randomBytes } from 'node:crypto'
import type { NewDocOf } from '../core/ports/writes'
import type { Ctx } from './types'

export type AuditInput = { schoolId: string | null; action: string; targetType: string; targetId: string; reason: string }

/** An audit entry for a sensitive read or change: who, in which role, what, whose, when, why. */
export function auditEntry(ctx: Ctx, entry: AuditInput): NewDocOf<'audit_log'> {
  const at = ctx.now.toISOString()
  return {
    _id: `aud-${at}-${randomBytes(6).toString('hex')}`,
    at,
    actorUserId: ctx.caller.user._id,
    actorRole: ctx.caller.roles.join(','),
    ...entry,
  }
}
