// A signalling client for tests: a `ws` socket whose messages are queued and awaited by type.
import WebSocket from 'ws'
import type { ServerMessage } from '../../src/core/video/signal.schema'

export type SignalClient = Awaited<ReturnType<typeof openSignal>>

export async function openSignal(baseUrl: string, token: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/signal?t=${encodeURIComponent(token)}`, { headers })
  const queue: ServerMessage[] = []
  const waiting: Array<{ type: string; resolve: (m: ServerMessage) => void }> = []
  let closed = false
  let status = 0
  const closedPromise = new Promise<number>((resolve) => ws.on('close', (code) => ((closed = true), resolve(code))))
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw.toString()) as ServerMessage
    const i = waiting.findIndex((w) => w.type === msg.type)
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(msg)
    else queue.push(msg)
  })
  const opened = await new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true))
    ws.once('unexpected-response', (_req, res) => (resolve(false), (status = res.statusCode ?? 0)))
    ws.once('error', () => resolve(false))
  })
  if (opened) status = 101
  /** The next message of `type` (earlier ones of other types stay queued). */
  function next<T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> {
    const i = queue.findIndex((m) => m.type === type)
    if (i >= 0) return Promise.resolve(queue.splice(i, 1)[0] as Extract<ServerMessage, { type: T }>)
    return new Promise((resolve) => waiting.push({ type, resolve: resolve as (m: ServerMessage) => void }))
  }
  return {
    opened,
    status: () => status,
    next,
    /** Messages received and not yet taken. */
    pending: () => [...queue],
    send: (msg: unknown) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
    sendRaw: (data: Buffer | string) => ws.send(data),
    close: () => (ws.close(), closedPromise),
    closed: () => closedPromise,
    isClosed: () => closed,
  }
}
