import type { RouteTable } from '../types'
import { decideBinding, pendingBindings, registerOfflineGuardian, requestBinding } from './accounts/bindings'
import { classInvite, lookupClassInvite, rotateClassInvite } from './accounts/class-invites'
import { myConsents, setConsent } from './accounts/consent'
import { createStaffInvite, joinAsStaff, listStaff, revokeStaff } from './accounts/staff-invites'

export const accountsRoutes: RouteTable<'accounts'> = {
  listStaff,
  createStaffInvite,
  revokeStaff,
  joinAsStaff,
  classInvite,
  rotateClassInvite,
  lookupClassInvite,
  requestBinding,
  pendingBindings,
  decideBinding,
  registerOfflineGuardian,
  myConsents,
  setConsent,
}
