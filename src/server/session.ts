// Local-only signed sessions: `userId.expiry.hmac`. The cloud build never reads these.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'jf_session'
const TTL_MS = 7 * 24 * 3600 * 1000

export function signSession(userId: string, secret: string, now = Date.now()): string {
  const body = `${Buffer.from(userId).toString('base64url')}.${now + TTL_MS}`
  return `${body}.${mac(body, secret)}`
}

export function verifySession(token: string | undefined, secret: string, now = Date.now()): string | null {
  if (!token) return null
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [user, expiry, sig] = parts as [string, string, string]
  const expected = mac(`${user}.${expiry}`, secret)
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return null
  if (!(Number(expiry) > now)) return null
  return Buffer.from(user, 'base64url').toString()
}

function mac(body: string, secret: string) {
  return createHmac('sha256', secret).update(body).digest('base64url')
}

/** A cookie by name; a malformed one (bad percent-encoding) is simply absent, i.e. signed out. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k !== name) continue
    try {
      return decodeURIComponent(v.join('='))
    } catch {
      return undefined
    }
  }
  return undefined
}
