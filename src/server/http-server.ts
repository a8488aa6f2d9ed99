// The local server: the H5 app, every cloud-function action at POST /api/<fn>, and dev sign-in.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { dispatch } from '../api/dispatch'
import { ROUTES } from '../api/routes'
import type { Identity } from '../api/types'
import type { DocStore } from '../core/ports/doc-store'
import { MAX_UPLOAD_BYTES, uploadExpiry, type FileStorage } from '../core/ports/file-storage'
import type { Notifier } from '../core/ports/notifier'
import type { Workbooks } from '../core/ports/workbooks'
import { runScheduler } from '../api/scheduler'
import { describeApi } from './api-docs'
import { listDevPeople } from './dev-people'
import { readCookie, SESSION_COOKIE, signSession, verifySession } from './session'
import { serveStatic } from './static-files'

export type LocalServerOptions = {
  store: DocStore
  files: FileStorage
  notifier: Notifier
  workbooks?: Workbooks
  staticDir: string
  secret: string
  clock?: () => Date
  log?: (line: string) => void
}

const MAX_BODY = 1024 * 1024
const INTERNAL = { ok: false, error: { code: 'SYS.INTERNAL', message: '系统繁忙，请稍后再试' } }

export function createLocalServer(opts: LocalServerOptions): Server {
  return createServer((req, res) => {
    handle(req, res, opts).catch((e) => {
      opts.log?.(`[server] ${req.method} ${req.url?.split('?')[0]} failed: ${(e as Error).message}`)
      if (!res.headersSent) sendJson(res, 500, INTERNAL)
      else res.end()
    })
  })
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const path = (req.url ?? '/').split('?')[0]!
  if (path === '/api' && req.method === 'GET') return sendJson(res, 200, { ok: true, data: { functions: describeApi() } })
  const fn = /^\/api\/([A-Za-z]+)$/.exec(path)?.[1]
  if (fn && req.method === 'POST') return handleApi(fn, req, res, opts)
  if (path === '/files' && req.method === 'POST') return handleUpload(req, res, opts)
  const fileId = /^\/files\/([A-Za-z0-9_-]+)$/.exec(path)?.[1]
  if (fileId && req.method === 'GET') return handleDownload(fileId, req, res, opts)
  if (path === '/dev/people' && req.method === 'GET') {
    return sendJson(res, 200, { ok: true, data: { people: await listDevPeople(opts.store) } })
  }
  if (path === '/dev/signin' && req.method === 'POST') return handleSignIn(req, res, opts)
  if (path === '/dev/newcomer' && req.method === 'POST') return handleNewcomer(res, opts)
  if (path === '/dev/scheduler/run' && req.method === 'POST') return handleSchedulerRun(req, res, opts)
  if (path === '/dev/signout' && req.method === 'POST') {
    res.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`)
    return sendJson(res, 200, { ok: true, data: {} })
  }
  if (path.startsWith('/api/') || path.startsWith('/dev/')) {
    return sendJson(res, 404, { ok: false, error: { code: 'API.NOT_FOUND', message: '接口不存在' } })
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, { ok: false, error: { code: 'API.METHOD', message: '不支持的请求方式' } })
  serveStatic(opts.staticDir, path, req, res)
}

async function handleApi(fn: string, req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const body = await readJson(req)
  if (body === BAD_BODY) return sendJson(res, 400, { ok: false, error: { code: 'INPUT.INVALID', message: '请求格式不正确' } })
  const result = await dispatch(
    fn,
    body,
    identityOf(req, opts.secret),
    { store: opts.store, files: opts.files, notifier: opts.notifier, workbooks: opts.workbooks },
    { routes: ROUTES, now: opts.clock?.(), log: opts.log },
  )
  sendJson(res, 200, result)
}

async function handleSignIn(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const body = (await readJson(req)) as { userId?: unknown } | typeof BAD_BODY
  const userId = body !== BAD_BODY && typeof body?.userId === 'string' ? body.userId : null
  if (!userId || !(await opts.store.get('users', userId))) {
    return sendJson(res, 400, { ok: false, error: { code: 'AUTH.NO_SUCH_USER', message: '没有这个演示账号' } })
  }
  const token = signSession(userId, opts.secret)
  res.setHeader('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${7 * 24 * 3600}`)
  sendJson(res, 200, { ok: true, data: { userId, token } })
}

/** Local stand-in for "a WeChat user opens the app for the first time": a fresh account, no roles. */
async function handleNewcomer(res: ServerResponse, opts: LocalServerOptions) {
  const userId = `usr-new-${randomBytes(8).toString('hex')}`
  const now = (opts.clock?.() ?? new Date()).toISOString()
  await opts.store.insert('users', {
    _id: userId,
    openid: null,
    name: '微信用户',
    staffId: null,
    guardianIds: [],
    districtId: null,
    createdAt: now,
  })
  const token = signSession(userId, opts.secret)
  res.setHeader('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${7 * 24 * 3600}`)
  sendJson(res, 200, { ok: true, data: { userId, token } })
}

/** Run the reminder job now, optionally as if at another time (`{ now: ISO }`): for demos and tests. */
async function handleSchedulerRun(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const body = (await readJson(req)) as { now?: unknown } | typeof BAD_BODY
  const now =
    body !== BAD_BODY && typeof body?.now === 'string' && !Number.isNaN(Date.parse(body.now))
      ? new Date(body.now)
      : (opts.clock?.() ?? new Date())
  sendJson(res, 200, { ok: true, data: await runScheduler({ store: opts.store, notifier: opts.notifier, files: opts.files }, now) })
}

/** H5 upload (the WeChat build uploads to cloud storage instead): raw bytes, name in x-file-name. */
async function handleUpload(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const identity = identityOf(req, opts.secret)
  if (identity.kind !== 'user') return sendJson(res, 401, { ok: false, error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录' } })
  const bytes = await readBody(req, MAX_UPLOAD_BYTES)
  if (!bytes || bytes.length === 0)
    return sendJson(res, 400, { ok: false, error: { code: 'FILE.TOO_LARGE', message: '文件为空或超过10MB' } })
  const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload')).slice(0, 100)
  // An upload is a roster, personal data: sealed on disk and gone within a day.
  const expiresAt = uploadExpiry(opts.clock?.() ?? new Date())
  sendJson(res, 200, { ok: true, data: await opts.files.put(name, bytes, identity.userId, { expiresAt }) })
}

/** Files are readable by whoever stored them, and public ones (templates) by anyone. */
async function handleDownload(fileId: string, req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const identity = identityOf(req, opts.secret)
  const file = await opts.files.get(fileId)
  const mayRead = file && (file.ownerUserId === 'public' || (identity.kind === 'user' && identity.userId === file.ownerUserId))
  if (!file || !mayRead) return sendJson(res, 404, { ok: false, error: { code: 'FILE.NOT_FOUND', message: '文件不存在或已过期' } })
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'cache-control': 'no-store',
  })
  res.end(Buffer.from(file.bytes))
}

/** Cookie from the H5 app, or `Authorization: Bearer` from scripts and tests. */
function identityOf(req: IncomingMessage, secret: string): Identity {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const userId = verifySession(bearer ?? readCookie(req.headers.cookie, SESSION_COOKIE), secret)
  return userId ? { kind: 'user', userId } : { kind: 'anonymous' }
}

const BAD_BODY = Symbol('bad body')
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > max) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_BODY)
  if (!body) return BAD_BODY
  if (body.length === 0) return {}
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return BAD_BODY
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}
