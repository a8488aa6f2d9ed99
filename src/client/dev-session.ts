// Demo sign-in for the local server (H5 only; the page that uses it is not in the weapp build).
import type { Result } from '../core/result'
import { OFFLINE } from './api-core'

import type { DevPerson } from '../core/dev-people'

export type { DevPerson }

async function request<T>(path: string, body?: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await res.json()) as Result<T>
  } catch {
    return { ok: false, error: OFFLINE }
  }
}

export const listDevPeople = () => request<{ people: DevPerson[] }>('/dev/people')
export const devSignIn = (userId: string) => request<{ userId: string }>('/dev/signin', { userId })
export const devSignOut = () => request<unknown>('/dev/signout', {})
/** A first-time WeChat user: a fresh account with no roles, signed in. */
export const devNewcomer = () => request<{ userId: string }>('/dev/newcomer', {})
