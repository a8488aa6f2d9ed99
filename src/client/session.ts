// The signed-in user, fetched once per app launch and shared by every home page.
import type { Me } from '../core/contract/auth.contract'
import type { Result } from '../core/result'
import { authApi } from './calls/auth'

let cached: Me | null = null

export async function loadMe(force = false): Promise<Result<Me>> {
  if (cached && !force) return { ok: true, data: cached }
  const res = await authApi.me({})
  cached = res.ok ? res.data : null
  return res
}

export const cachedMe = () => cached
export const forgetMe = () => {
  cached = null
}
