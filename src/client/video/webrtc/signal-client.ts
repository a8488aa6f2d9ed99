// The signalling socket: typed messages both ways, a keep-alive ping, and one close callback that
// says whether we closed it (leaving) or the network did (reconnect).
import { ServerMessageSchema, type ClientMessage, type ServerMessage } from '../../../core/video/signal.schema'

/** The part of a browser WebSocket we use (a fake in unit tests). */
export type SocketLike = Pick<WebSocket, 'readyState' | 'send' | 'close' | 'onopen' | 'onmessage' | 'onclose' | 'onerror'>

export type SignalClient = { send: (m: ClientMessage) => void; close: () => void }

export type SignalHandlers = {
  onMessage: (m: ServerMessage) => void
  /** The socket closed without us asking: the network dropped or the server went away. */
  onLost: () => void
}

const OPEN = 1
const PING_MS = 20_000

/** ws(s)://<host><signalPath>?t=<token>, same origin as the page. */
export function signalUrl(loc: { protocol: string; host: string }, signalPath: string, token: string): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${loc.host}${signalPath}?t=${encodeURIComponent(token)}`
}

export function openSignal(socket: SocketLike, h: SignalHandlers): SignalClient {
  let closing = false
  const outbox: string[] = []
  const ping = setInterval(() => send({ type: 'ping' }), PING_MS)
  function send(m: ClientMessage) {
    const text = JSON.stringify(m)
    if (socket.readyState === OPEN) socket.send(text)
    else outbox.push(text)
  }
  socket.onopen = () => outbox.splice(0).forEach((t) => socket.send(t))
  socket.onmessage = (e) => {
    const parsed = typeof e.data === 'string' ? ServerMessageSchema.safeParse(safeJson(e.data)) : null
    if (parsed?.success) h.onMessage(parsed.data)
  }
  socket.onerror = () => undefined
  socket.onclose = () => {
    clearInterval(ping)
    if (!closing) h.onLost()
  }
  return {
    send,
    close: () => {
      closing = true
      clearInterval(ping)
      socket.close(1000)
    },
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
