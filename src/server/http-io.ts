// Reading requests and writing answers for the local server: bodies within limits, JSON only,
// sessions from the cookie or a bearer token, and nothing a client sends can make it throw.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Identity } from '../api/types'
import type { AppError } from '../core/result'
import { readCookie, SESSION_COOKIE, verifySession } from './session'

export const MAX_JSON_BYTES = 1024 * 1024

export type Refusal = { status: number; error: AppError }
export type Body<T> = { ok: true; value: T } | { ok: false; refusal: Refusal }

export const REFUSALS = {
  notJson: {
    status: 415,
    error: { code: 'INPUT.NOT_JSON', message: '请求格式不正确：请以 JSON 格式提交（content-type: application/json）' },
  },
  badJson: { status: 400, error: { code: 'INPUT.INVALID', message: '请求格式不正确' } },
  tooLarge: { status: 413, error: { code: 'INPUT.TOO_LARGE', message: '提交的内容太大（超过1MB），请减少后重试' } },
  badUrl: { status: 400, error: { code: 'HTTP.BAD_URL', message: '网址不正确，请检查后重试' } },
} satisfies Record<string, Refusal>

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
  res.end(JSON.stringify(body))
}

export function refuse(res: ServerResponse, refusal: Refusal) {
  // The client may still be sending a body we will not read: close rather than keep the connection.
  const headers: Record<string, string> = refusal.status === 413 ? { connection: 'close' } : {}
  sendJson(res, refusal.status, { ok: false, error: refusal.error }, headers)
}

/** The raw body, or null once it passes `max` bytes (announced or actually sent). */
export async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > max) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > max) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** A cross-site form cannot send this content type without the browser asking this server first. */
export const isJsonRequest = (req: IncomingMessage) => /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')

/** A JSON body: JSON content type required, a UTF-8 byte-order mark tolerated, at most 1 MiB. */
export async function readJson(req: IncomingMessage): Promise<Body<unknown>> {
  if (!isJsonRequest(req)) return { ok: false, refusal: REFUSALS.notJson }
  const body = await readBody(req, MAX_JSON_BYTES)
  if (!body) return { ok: false, refusal: REFUSALS.tooLarge }
  const textBody = body.toString('utf8').replace(/^\uFEFF/, '')
  if (textBody.trim() === '') return { ok: true, value: {} }
  try {
    return { ok: true, value: JSON.parse(textBody) as unknown }
  } catch {
    return { ok: false, refusal: REFUSALS.badJson }
  }
}

/** Cookie from the H5 app, or `Authorization: Bearer` from scripts and tests. */
export function identityOf(req: IncomingMessage, secret: string): Identity {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const userId = verifySession(bearer ?? readCookie(req.headers.cookie, SESSION_COOKIE), secret)
  return userId ? { kind: 'user', userId } : { kind: 'anonymous' }
}

/** decodeURIComponent that answers null for malformed escapes instead of throwing. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * Only requests addressed to this server by its own loopback name: a page on another site that
 * rebinds its DNS name to 127.0.0.1 still sends its own name as Host, and is refused.
 */
export function isOwnHost(req: IncomingMessage): boolean {
  const port = req.socket.localPort
  const host = (req.headers.host ?? '').toLowerCase()
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host)
}
