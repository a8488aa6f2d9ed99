// Join tickets for the signalling hub: `<payload>.<hmac>`, naming the room, the visit, the user and
// their side, valid for 10 minutes. The hub trusts nothing else a browser sends about who it is.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { CallSideSchema, type CallSide } from '../../core/video/video.schema'

export const TICKET_TTL_MS = 10 * 60_000

export type Ticket = { roomId: string; visitId: string; userId: string; side: CallSide; expiresAt: number }

const PayloadSchema = z
  .object({ r: z.string().max(200), v: z.string().max(100), u: z.string().max(100), s: CallSideSchema, e: z.number().int() })
  .strict()

/** A key of its own, derived from the server secret: a ticket is never a session and vice versa. */
const keyOf = (secret: string) => createHmac('sha256', secret).update('jf-video-ticket-v1').digest()
const mac = (body: string, secret: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

export function signTicket(t: Omit<Ticket, 'expiresAt'>, secret: string, now: Date): { token: string; expiresAt: string } {
  const expiresAt = now.getTime() + TICKET_TTL_MS
  const body = Buffer.from(JSON.stringify({ r: t.roomId, v: t.visitId, u: t.userId, s: t.side, e: expiresAt })).toString('base64url')
  return { token: `${body}.${mac(body, secret)}`, expiresAt: new Date(expiresAt).toISOString() }
}

/** The ticket if it is ours, intact and not expired; null otherwise (never throws on garbage). */
export function verifyTicket(token: string | null | undefined, secret: string, now: Date): Ticket | null {
  if (!token || token.length > 2000) return null
  const [body, sig, extra] = token.split('.')
  if (!body || !sig || extra !== undefined) return null
  const expected = mac(body, secret)
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return null
  let raw: unknown
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const p = PayloadSchema.safeParse(raw)
  if (!p.success || p.data.e <= now.getTime()) return null
  return { roomId: p.data.r, visitId: p.data.v, userId: p.data.u, side: p.data.s, expiresAt: p.data.e }
}

/** ICE servers from JF_ICE_SERVERS (a JSON array); empty (loopback and LAN only) when unset or broken. */
export function iceServersFrom(env: string | undefined): Array<{ urls: string | string[]; username?: string; credential?: string }> {
  if (!env) return []
  const Ice = z.array(
    z.object({ urls: z.union([z.string(), z.array(z.string())]), username: z.string().optional(), credential: z.string().optional() }),
  )
  try {
    const parsed = Ice.safeParse(JSON.parse(env))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}
