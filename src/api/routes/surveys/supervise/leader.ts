// Who supervises: a leader (LEADER) of a school. Anyone else is answered as if nothing were there.
import { hasAnyRole, LEADER } from '../../../../core/roles'
import type { Ctx } from '../../../types'

export type Supervisor = { schoolId: string; staffId: string }

export function supervisorOf(ctx: Ctx): Supervisor | null {
  const { staff, schoolId, roles } = ctx.caller
  return staff && schoolId && hasAnyRole(roles, LEADER) ? { schoolId, staffId: staff._id } : null
}
