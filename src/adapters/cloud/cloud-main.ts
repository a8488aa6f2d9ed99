// The WeChat-shaped entry: `exports.main = (event, context) => Result`, identity from the platform only.
import { dispatch, type RouteRegistry } from '../../api/dispatch'
import type { Identity, VideoDeps } from '../../api/types'
import type { DocStore } from '../../core/ports/doc-store'
import type { FileStorage } from '../../core/ports/file-storage'
import type { QrCodes } from '../../core/ports/qr-code'
import type { Workbooks } from '../../core/ports/workbooks'
import { Errors, type Result } from '../../core/result'

/** What `cloud.getWXContext()` answers (no OPENID on timer triggers). */
export type WXContext = { OPENID?: string; APPID?: string; UNIONID?: string; SOURCE?: string }

export type CloudMainDeps = {
  /** Only this function's route table, so its bundle carries only its own code. */
  routes: RouteRegistry
  getWXContext: () => WXContext
  /** The store, or a getter so the production wiring can open the database lazily. */
  store: DocStore | (() => DocStore)
  files?: FileStorage | (() => FileStorage)
  qr?: QrCodes | (() => QrCodes)
  /** Only the `imports` function passes this (see Workbooks). */
  workbooks?: Workbooks | (() => Workbooks)
  /** Only the `video` function passes this: its ticket key, VoIP signer and ICE servers. */
  video?: VideoDeps | (() => VideoDeps)
  now?: () => Date
  log?: (line: string) => void
}

/** The only event fields we read: WeChat's own (userInfo, tcbContext…) and anything forged are dropped. */
const ENVELOPE_KEYS = ['action', 'input', 'requestId'] as const

export function pickEnvelope(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event
  const source = event as Record<string, unknown>
  return Object.fromEntries(ENVELOPE_KEYS.filter((k) => Object.hasOwn(source, k)).map((k) => [k, source[k]]))
}

export function identityOf(wx: WXContext): Identity {
  // Never from the payload: an openid or session token in the event is ignored.
  return wx.OPENID ? { kind: 'openid', openid: wx.OPENID } : { kind: 'anonymous' }
}

export function createCloudMain(fn: string, deps: CloudMainDeps) {
  const log = deps.log ?? (() => undefined)
  return async (event: unknown, _context?: unknown): Promise<Result<unknown>> => {
    const started = Date.now()
    const identity = identityOf(deps.getWXContext())
    const envelope = pickEnvelope(event)
    let resolved
    try {
      resolved = resolveDeps(deps)
    } catch (e) {
      log(`[${fn}] set-up failed: ${(e as Error)?.message}`)
      return Errors.internal()
    }
    const result = await dispatch(fn, envelope, identity, resolved, { routes: deps.routes, now: deps.now?.(), log })
    // No personal data: function, action, outcome and time only.
    const action = (envelope as { action?: unknown } | null)?.action
    const outcome = result.ok ? 'ok' : result.error.code
    log(`[${fn}] ${typeof action === 'string' ? action.slice(0, 40) : '?'} ${outcome} ${Date.now() - started}ms`)
    return result
  }
}

const resolve = <T extends object>(x: T | (() => T)): T => (typeof x === 'function' ? (x as () => T)() : x)

function resolveDeps(deps: CloudMainDeps) {
  return {
    store: resolve(deps.store),
    files: deps.files ? resolve(deps.files) : NO_FILES,
    qr: deps.qr ? resolve(deps.qr) : undefined,
    workbooks: deps.workbooks ? resolve(deps.workbooks) : undefined,
    video: deps.video ? resolve(deps.video) : undefined,
  }
}

const missingFiles = async (): Promise<never> => {
  throw new Error('file storage is not configured for this function')
}
const NO_FILES: FileStorage = {
  put: missingFiles,
  get: missingFiles,
  url: missingFiles,
  adopt: missingFiles,
  remove: missingFiles,
  purgeExpired: missingFiles,
}
