// The local server: the H5 app, every cloud-function action at POST /api/<fn>, file transfer, and
// (on the demo district's data only) dev sign-in. It answers only to its own loopback host name.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { dispatch } from '../api/dispatch'
import { ROUTES } from '../api/routes'
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import type { Notifier } from '../core/ports/notifier'
import type { Workbooks } from '../core/ports/workbooks'
import { describeApi } from './api-docs'
import { handleDev } from './dev-routes'
import { handleDownload, handleUpload } from './file-routes'
import { identityOf, isOwnHost, readJson, refuse, REFUSALS, safeDecode, sendJson } from './http-io'
import { serveStatic } from './static-files'
import { attachSignalling } from './signal/signal-server'
import { iceServersFrom } from '../api/video/ticket'
import type { VideoDeps } from '../api/types'

export type LocalServerOptions = {
  store: DocStore
  files: FileStorage
  notifier: Notifier
  workbooks?: Workbooks
  staticDir: string
  secret: string
  clock?: () => Date
  log?: (line: string) => void
  /** Signalling relays only loopback ICE candidates (E2E, benchmarks); default: env JF_SIGNAL_LOOPBACK=1. */
  signalLoopbackOnly?: boolean
}

const INTERNAL = { ok: false, error: { code: 'SYS.INTERNAL', message: '系统繁忙，请稍后再试' } }
const NOT_FOUND = { ok: false, error: { code: 'API.NOT_FOUND', message: '接口不存在' } }
const FOREIGN_HOST = {
  ok: false,
  error: { code: 'HTTP.FOREIGN_HOST', message: '请用 http://127.0.0.1 或 http://localhost 加端口号打开本地服务' },
}

export function createLocalServer(opts: LocalServerOptions): Server {
  const video: VideoDeps = {
    ticketSecret: opts.secret,
    voip: null,
    iceServers: iceServersFrom(process.env.JF_ICE_SERVERS),
    onEnded: (roomId) => signal.hub.ended(roomId),
  }
  const server = createServer((req, res) => {
    handle(req, res, opts, video).catch((e) => {
      opts.log?.(`[server] ${req.method} ${req.url?.split('?')[0]} failed: ${(e as Error).message}`)
      if (!res.headersSent) sendJson(res, 500, INTERNAL)
      else res.end()
    })
  })
  // WebSocket signalling for browser video calls on the same port (see src/server/signal).
  const { store, secret, clock, log } = opts
  const signal = attachSignalling(server, { store, secret, clock, log, loopbackOnly: opts.signalLoopbackOnly })
  // Upgraded sockets count as open connections: closing the server lets them go first, or it never closes.
  const close = server.close.bind(server)
  server.close = (cb) => (signal.stop(), close(cb))
  return server
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions, video: VideoDeps) {
  // DNS rebinding: another site's page, resolved to 127.0.0.1, still names its own host.
  if (!isOwnHost(req)) return sendJson(res, 421, FOREIGN_HOST)
  const raw = (req.url ?? '/').split('?')[0]!
  const path = safeDecode(raw)
  if (path === null) return refuse(res, REFUSALS.badUrl)
  if (path === '/api' && req.method === 'GET') return sendJson(res, 200, { ok: true, data: { functions: describeApi() } })
  const fn = /^\/api\/([A-Za-z]+)$/.exec(path)?.[1]
  if (fn && req.method === 'POST') return handleApi(fn, req, res, opts, video)
  if (path === '/files' && req.method === 'POST') return handleUpload(req, res, opts)
  const fileId = /^\/files\/([A-Za-z0-9_-]+)$/.exec(path)?.[1]
  if (fileId && req.method === 'GET') return handleDownload(fileId, req, res, opts)
  if (path === '/dev' || path.startsWith('/dev/')) return handleDev(path, req, res, opts)
  if (path.startsWith('/api/')) return sendJson(res, 404, NOT_FOUND)
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, { ok: false, error: { code: 'API.METHOD', message: '不支持的请求方式' } })
  serveStatic(opts.staticDir, path, req, res)
}

async function handleApi(fn: string, req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions, video: VideoDeps) {
  const body = await readJson(req)
  if (!body.ok) return refuse(res, body.refusal)
  const result = await dispatch(
    fn,
    body.value,
    identityOf(req, opts.secret),
    { store: opts.store, files: opts.files, notifier: opts.notifier, workbooks: opts.workbooks, video },
    { routes: ROUTES, now: opts.clock?.(), log: opts.log },
  )
  sendJson(res, 200, result)
}
