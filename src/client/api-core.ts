// The one way pages talk to the server: typed from the shared contract, validated both ways. A page
// binds only the contracts it uses (src/client/calls/<fn>.ts), so a subpackage's contract lands in
// that subpackage instead of the main package.
import '../core/zod-locale'
import type { z } from 'zod'
import type { ActionName, Api, FnName } from '../core/contract'
import type { ActionSpec, FunctionSpec } from '../core/contract/contract'
import type { AppError, Result } from '../core/result'
import { transport as platformTransport } from './transport'
import { TransportError, type Transport } from './transport.types'

type Spec<F extends FnName, A extends ActionName<F>> = Api[F][A] extends ActionSpec<infer I, infer O> ? { input: I; output: O } : never
export type CallInput<F extends FnName, A extends ActionName<F>> = z.input<Spec<F, A>['input']>
export type CallOutput<F extends FnName, A extends ActionName<F>> = z.output<Spec<F, A>['output']>

export const OFFLINE: AppError = { code: 'NET.OFFLINE', message: '网络不太好，请稍后重试' }
export const BAD_RESPONSE: AppError = { code: 'NET.BAD_RESPONSE', message: '服务器返回的数据有误，请稍后重试' }

export type ApiClientOptions = {
  transport: Transport
  /** Retries after the first attempt, for transport failures only. */
  retries?: number
  /** Waits before each retry (ms); injectable so tests do not sleep. */
  delay?: (attempt: number) => Promise<void>
  newRequestId?: () => string
}

export function newRequestId(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `${Date.now().toString(36)}-${rand()}${rand()}`
}

const sleep = (attempt: number) => new Promise<void>((r) => setTimeout(r, 300 * 2 ** attempt))

function isAppError(x: unknown): x is AppError {
  const e = x as AppError | null
  return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string'
}

/** Turns a raw response body into a Result, checking the data against the contract's output. */
export function readResponse<T>(raw: unknown, output: z.ZodType<T>): Result<T> {
  const body = raw as { ok?: unknown; data?: unknown; error?: unknown } | null
  if (typeof body !== 'object' || body === null || typeof body.ok !== 'boolean') {
    return { ok: false, error: BAD_RESPONSE }
  }
  if (!body.ok) {
    return { ok: false, error: isAppError(body.error) ? body.error : BAD_RESPONSE }
  }
  const parsed = output.safeParse(body.data)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: BAD_RESPONSE }
}

async function sendWithRetry(opts: Required<ApiClientOptions>, fn: string, body: Parameters<Transport>[1]) {
  for (let attempt = 0; ; attempt++) {
    try {
      return { sent: true as const, raw: await opts.transport(fn, body) }
    } catch (e) {
      if (!(e instanceof TransportError)) throw e
      if (attempt >= opts.retries) return { sent: false as const }
      await opts.delay(attempt)
    }
  }
}

/** Sends one action of one function, checked against its spec. */
export type ActionCaller = (fn: string, action: string, spec: ActionSpec, input: unknown) => Promise<Result<unknown>>

export function createActionCaller(options: ApiClientOptions): ActionCaller {
  const opts: Required<ApiClientOptions> = { retries: 2, delay: sleep, newRequestId, ...options }
  return async (fn, action, spec, input) => {
    const checked = spec.input.safeParse(input)
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? '输入有误'
      return { ok: false, error: { code: 'INPUT.INVALID', message } }
    }
    // The same requestId on every retry lets the server deduplicate writes.
    const body = { action, input: checked.data, requestId: opts.newRequestId() }
    const res = await sendWithRetry(opts, fn, body)
    if (!res.sent) return { ok: false, error: OFFLINE }
    return readResponse(res.raw, spec.output)
  }
}

const platformCaller = createActionCaller({ transport: platformTransport })

/** One typed method per action of a function: `visitsApi.get({ visitId })`. */
export type FunctionClient<F extends FnName> = {
  [A in ActionName<F>]: (input: CallInput<F, A>) => Promise<Result<CallOutput<F, A>>>
}

export function bindFunction<F extends FnName>(fn: F, contract: Api[F] & FunctionSpec, caller = platformCaller): FunctionClient<F> {
  const entries = Object.entries(contract).map(([action, spec]) => [action, (input: unknown) => caller(fn, action, spec, input)])
  return Object.fromEntries(entries) as FunctionClient<F>
}
