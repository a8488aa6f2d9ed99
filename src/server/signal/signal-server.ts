// The socket glue of the signalling hub: WebSockets at /signal?t=<join ticket> on the local server's own
// port, only from its own host and origin, small messages, a ping every 30 s (a socket silent through
// one whole round is closed), each socket's messages handled in order.
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { SIGNAL_PATH, type ServerMessage } from '../../core/video/signal.schema'
import { isOwnHost } from '../http-io'
import { SignalHub, type Conn, type HubOptions } from './hub'

/** Larger than any offer with its SDP (20 000 characters) and envelope; anything bigger closes the socket. */
export const MAX_MESSAGE_BYTES = 32 * 1024
export const PING_MS = 30_000

export type SignalOptions = Omit<HubOptions, 'loopbackOnly'> & { loopbackOnly?: boolean; pingMs?: number }

/** The page that opens a socket must be served by this server (a browser always names its origin). */
export function isOwnOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  const port = req.socket.localPort
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(origin.toLowerCase())
}

function reject(socket: Duplex, status: number, reason: string) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`)
}

/** Attaches the hub to `server`'s upgrade event; answers the hub (for `end` to reach) and a stop function. */
export function attachSignalling(server: Server, opts: SignalOptions): { hub: SignalHub; stop: () => void } {
  const loopbackOnly = opts.loopbackOnly ?? process.env.JF_SIGNAL_LOOPBACK === '1'
  const hub = new SignalHub({ ...opts, loopbackOnly })
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== SIGNAL_PATH) return reject(socket, 404, 'Not Found')
    // DNS rebinding and other sites' pages: the same rule as every HTTP request, plus the origin.
    if (!isOwnHost(req)) return reject(socket, 421, 'Misdirected Request')
    if (!isOwnOrigin(req)) return reject(socket, 403, 'Forbidden')
    wss.handleUpgrade(req, socket, head, (ws) => connect(hub, ws, url.searchParams.get('t'), opts.log))
  })
  const alive = new WeakMap<WebSocket, boolean>()
  wss.on('connection', (ws: WebSocket) => {
    alive.set(ws, true)
    ws.on('pong', () => alive.set(ws, true))
  })
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate()
        continue
      }
      alive.set(ws, false)
      ws.ping()
    }
  }, opts.pingMs ?? PING_MS)
  timer.unref()
  const stop = () => {
    clearInterval(timer)
    for (const ws of wss.clients) ws.terminate()
    wss.close()
  }
  return { hub, stop }
}

type Member = Extract<Awaited<ReturnType<SignalHub['join']>>, { ok: true }>['member']

function connect(hub: SignalHub, ws: WebSocket, token: string | null, log?: (line: string) => void) {
  const conn: Conn = {
    send: (msg: ServerMessage) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(msg)),
    close: () => ws.close(1000),
  }
  // Messages wait for the join and for each other: relayed in the order they were sent.
  let chain: Promise<Member | null> = hub
    .join(token, conn)
    .then((joined) => {
      if (joined.ok) return joined.member
      conn.send({ type: 'error', code: joined.code, message: joined.message })
      ws.close(1008)
      return null
    })
    .catch((e: unknown) => {
      log?.(`[signal] join failed: ${(e as Error).message}`)
      ws.close(1011)
      return null
    })
  const after = (step: (m: Member) => Promise<void>) => {
    chain = chain.then(async (m) => {
      if (m) await step(m).catch((e: unknown) => log?.(`[signal] ${(e as Error).message}`))
      return m
    })
  }
  ws.on('message', (data, isBinary) => {
    if (!isBinary) after((m) => hub.message(m, data.toString()))
  })
  ws.on('close', () => after((m) => hub.leave(m)))
  ws.on('error', () => ws.terminate())
}
