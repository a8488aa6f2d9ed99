// Demo-only routes: sign in as anyone, create a newcomer, run the scheduler at any time. They exist
// only on the demo district's database; on a school's own data every /dev/* path is not found.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { runScheduler } from '../api/scheduler'
import { DEFAULT_USER_NAME } from '../core/model/people.schema'
import { listDevPeople } from './dev-people'
import { isJsonRequest, readJson, refuse, REFUSALS, sendJson } from './http-io'
import type { LocalServerOptions } from './http-server'
import { isDemoData } from './seed/seed'
import { SESSION_COOKIE, signSession } from './session'

type DevRoute = (req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) => Promise<void>

const ROUTES: Record<string, DevRoute> = {
  'GET /dev/people': async (_req, res, opts) => sendJson(res, 200, { ok: true, data: { people: await listDevPeople(opts.store) } }),
  'POST /dev/signin': signIn,
  'POST /dev/newcomer': newcomer,
  'POST /dev/scheduler/run': runSchedulerNow,
  'POST /dev/signout': async (_req, res) => {
    res.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`)
    sendJson(res, 200, { ok: true, data: {} })
  },
}

/** What the sign-in page shows when it asks for the demo people on a school's own data. */
export const DEMO_OFF = {
  code: 'DEV.NOT_DEMO',
  message:
    '这台服务器上是学校的真实数据，没有演示登录。请在微信中打开「家访助手」小程序；如需演示，请用 npm run reset-demo 生成演示数据后再启动。',
}

export async function handleDev(path: string, req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  if (!(await isDemoData(opts.store))) return sendJson(res, 404, { ok: false, error: DEMO_OFF })
  const route = ROUTES[`${req.method} ${path}`]
  if (!route) return sendJson(res, 404, { ok: false, error: { code: 'API.NOT_FOUND', message: '接口不存在' } })
  // Even the body-less ones: a sign-in or a new account must not be forged by another site's form.
  if (req.method === 'POST' && !isJsonRequest(req)) return refuse(res, REFUSALS.notJson)
  await route(req, res, opts)
}

function startSession(res: ServerResponse, userId: string, secret: string) {
  const token = signSession(userId, secret)
  res.setHeader('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${7 * 24 * 3600}`)
  sendJson(res, 200, { ok: true, data: { userId, token } })
}

async function signIn(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const body = await readJson(req)
  if (!body.ok) return refuse(res, body.refusal)
  const userId = (body.value as { userId?: unknown } | null)?.userId
  if (typeof userId !== 'string' || !(await opts.store.get('users', userId))) {
    return sendJson(res, 400, { ok: false, error: { code: 'AUTH.NO_SUCH_USER', message: '没有这个演示账号' } })
  }
  startSession(res, userId, opts.secret)
}

/** Local stand-in for "a WeChat user opens the app for the first time": a fresh account, no roles. */
async function newcomer(_req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const userId = `usr-new-${randomBytes(8).toString('hex')}`
  const now = (opts.clock?.() ?? new Date()).toISOString()
  await opts.store.insert('users', {
    _id: userId,
    openid: null,
    name: DEFAULT_USER_NAME,
    staffId: null,
    guardianIds: [],
    districtId: null,
    createdAt: now,
  })
  startSession(res, userId, opts.secret)
}

/** Run the reminder job now, optionally as if at another time (`{ now: ISO }`): for demos and tests. */
async function runSchedulerNow(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const body = await readJson(req)
  if (!body.ok) return refuse(res, body.refusal)
  const at = (body.value as { now?: unknown } | null)?.now
  const now = typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? new Date(at) : (opts.clock?.() ?? new Date())
  sendJson(res, 200, { ok: true, data: await runScheduler({ store: opts.store, notifier: opts.notifier, files: opts.files }, now) })
}
