// Demo sign-in for the local server (H5 only; the page that uses it is not in the weapp build).
import type { Result } from '../core/result'
import type { DevPerson } from '../core/dev-people'
import type { ErrorCode } from '../core/error-codes'
import { OFFLINE } from './api-core'

export type { DevPerson }

/** The server's answer to /dev/* when its data is not the demo district: no demo sign-in there. */
export const DEMO_OFF_CODE: ErrorCode = 'DEV.NOT_DEMO'

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
