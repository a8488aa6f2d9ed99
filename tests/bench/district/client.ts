// A lean HTTP/1.1 keep-alive client for the load: one socket per simulated client, requests built
// ahead of time, so the load generator spends little of the machine's two cores on itself.
import { connect, type Socket } from 'node:net'

/** The body stays bytes: decoding every answer would cost the load generator more than it must. */
export type Reply = { status: number; body: Buffer }
const OK_PREFIX = Buffer.from('{"ok":true')

export const isOk = (r: Reply) => r.status === 200 && r.body.subarray(0, OK_PREFIX.length).equals(OK_PREFIX)
export const text = (r: Reply) => r.body.toString('utf8')

export class KeepAliveClient {
  private socket: Socket | null = null
  /** Connections reopened after the server dropped them: reported, since reopening costs time. */
  reopened = 0
  private buf: Buffer = Buffer.alloc(0)
  private waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null

  constructor(
    private readonly port: number,
    private readonly host = '127.0.0.1',
  ) {}

  async open(): Promise<void> {
    this.buf = Buffer.alloc(0)
    await new Promise<void>((resolve, reject) => {
      const s = connect(this.port, this.host, () => resolve())
      const mine = () => this.socket === s
      s.setNoDelay(true)
      s.on('error', (e) => (mine() && this.waiting ? this.fail(e) : reject(e)))
      s.on('close', () => {
        if (!mine()) return
        this.socket = null
        this.fail(new Error('connection closed by the server'))
      })
      s.on('data', (chunk) => mine() && this.onData(chunk))
      this.socket = s
    })
  }

  close() {
    this.socket?.destroy()
  }

  /**
   * One request, one answer. A connection the server dropped (keep-alive timeout, reset) is reopened
   * and the request sent once more: reads are safe to repeat, and writes carry their request id.
   */
  async send(request: Buffer): Promise<Reply> {
    try {
      return await this.sendOnce(request)
    } catch {
      this.reopened++
      this.socket?.destroy()
      this.socket = null
      return this.sendOnce(request)
    }
  }

  private async sendOnce(request: Buffer): Promise<Reply> {
    if (this.waiting) throw new Error('one request at a time per connection')
    if (!this.socket) await this.open()
    return new Promise<Reply>((resolve, reject) => {
      this.waiting = { resolve, reject }
      this.socket!.write(request)
    })
  }

  private fail(e: Error) {
    const w = this.waiting
    this.waiting = null
    w?.reject(e)
  }

  private onData(chunk: Buffer) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk
    const reply = parseReply(this.buf)
    if (!reply) return
    this.buf = this.buf.subarray(reply.used)
    const w = this.waiting
    this.waiting = null
    w?.resolve({ status: reply.status, body: reply.body })
  }
}

/** A whole response at the start of `buf` (Content-Length or chunked), or null if more bytes are due. */
function parseReply(buf: Buffer): (Reply & { used: number }) | null {
  const end = buf.indexOf('\r\n\r\n')
  if (end < 0) return null
  const head = buf.subarray(0, end).toString('latin1')
  const status = Number(head.slice(9, 12))
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)
  if (length) {
    const total = end + 4 + Number(length[1])
    return buf.length < total ? null : { status, body: buf.subarray(end + 4, total), used: total }
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) throw new Error(`response without a length: ${head.slice(0, 80)}`)
  const parts: Buffer[] = []
  let at = end + 4
  for (;;) {
    const line = buf.indexOf('\r\n', at)
    if (line < 0) return null
    const size = parseInt(buf.subarray(at, line).toString('latin1'), 16)
    if (buf.length < line + 2 + size + 2) return null
    if (size === 0) return { status, body: Buffer.concat(parts), used: line + 4 }
    parts.push(buf.subarray(line + 2, line + 2 + size))
    at = line + 2 + size + 2
  }
}

/** A POST /api/<fn> request, as bytes. */
export function apiRequest(port: number, fn: string, body: unknown, token: string): Buffer {
  const json = Buffer.from(JSON.stringify(body))
  const head =
    `POST /api/${fn} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Length: ${json.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), json])
}
