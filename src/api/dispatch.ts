import { z } from 'zod'
import { API, type FnName } from '../core/contract'
import type { ActionSpec } from '../core/contract/contract'
import type { DocStore } from '../core/ports/doc-store'
import { Errors, type Result } from '../core/result'
import { hasAnyRole } from '../core/roles'
import { enrolNewcomer, resolveCaller } from './caller'
import { runOnce } from './replay'
import type { Deps, Handler, Identity, RouteTable } from './types'

const ENVELOPE_BROKEN = '请求格式不正确，请刷新页面后重试'

/** The wire envelope every entry point sends: WeChat's event, the local server's body, tests. */
export const EnvelopeSchema = z
  .object({
    action: z
      .string({ error: () => ENVELOPE_BROKEN })
      .min(1, ENVELOPE_BROKEN)
      .max(64, ENVELOPE_BROKEN),
    input: z.unknown().optional(),
    requestId: z
      .string({ error: () => ENVELOPE_BROKEN })
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, ENVELOPE_BROKEN)
      .optional(),
  })
  .strict()

/** The route tables this entry point serves: all of them locally, one per cloud function in WeChat. */
export type RouteRegistry = Partial<{ [F in FnName]: RouteTable<F> }>
export type DispatchOptions = {
  routes: RouteRegistry
  now?: Date
  log?: (line: string) => void
  /** How a copy of a request in flight waits for the first copy's answer (tests step it by hand). */
  pause?: (ms: number) => Promise<void>
}

/** Validate → resolve caller → check role → run → validate output. Never throws. */
export async function dispatch(
  fn: string,
  event: unknown,
  identity: Identity,
  deps: Deps,
  opts: DispatchOptions,
): Promise<Result<unknown>> {
  try {
    return await dispatchUnsafe(fn, event, identity, deps, opts)
  } catch (e) {
    // No personal data in logs: only where it failed and the error's class and message.
    opts.log?.(`[dispatch] ${fn} failed: ${(e as Error)?.name}: ${(e as Error)?.message}`)
    return Errors.internal()
  }
}

async function dispatchUnsafe(fn: string, event: unknown, identity: Identity, deps: Deps, opts: DispatchOptions) {
  const envelope = EnvelopeSchema.safeParse(event)
  if (!envelope.success) return Errors.badInput(firstMessage(envelope.error), issuesOf(envelope.error))
  const { action, requestId } = envelope.data
  const spec = lookup(opts.routes, fn, action)
  if (!spec) return Errors.unknownAction(fn, action)

  // Who before what: a caller who may not use an action learns nothing about its input.
  if (identity.kind === 'anonymous') return Errors.unauthenticated()
  const roles = spec.spec.roles
  const caller =
    (await resolveCaller(identity, deps.store)) ?? (roles === 'newcomer' ? await enrolNewcomer(identity, deps.store, opts.now) : null)
  if (!caller) return Errors.unbound()
  if (Array.isArray(roles) && !hasAnyRole(caller.roles, roles)) return Errors.forbidden()

  const input = spec.spec.input.safeParse(envelope.data.input ?? {})
  if (!input.success) return Errors.badInput(firstMessage(input.error), issuesOf(input.error))

  const ctx = { caller, now: opts.now ?? new Date(), requestId: requestId ?? null }
  // A write with a request id runs through the store runOnce gives it (its first write carries the claim).
  const run = async (store: DocStore) => checked(fn, action, spec.spec, await spec.handler(input.data, ctx, { ...deps, store }))
  if (!spec.spec.write || !requestId) return run(deps.store)
  const key = `${caller.user._id}:${fn}.${action}:${requestId}`
  return runOnce(deps.store, { key, input: input.data, now: ctx.now, pause: opts.pause }, run)
}

/** Output must match the contract: a mismatch is a bug, and throws. */
function checked(fn: string, action: string, spec: ActionSpec, result: Result<unknown>): Result<unknown> {
  if (result.ok) {
    const out = spec.output.safeParse(result.data)
    if (!out.success) throw new Error(`output of ${fn}.${action} breaks its contract: ${out.error.issues[0]?.path.join('.')}`)
    return { ok: true as const, data: out.data }
  }
  return result
}

function lookup(registry: RouteRegistry, fn: string, action: string): { spec: ActionSpec; handler: Handler<unknown, unknown> } | null {
  if (!Object.hasOwn(API, fn)) return null
  const specs = API[fn as FnName] as Record<string, ActionSpec>
  const routes = (Object.hasOwn(registry, fn) ? registry[fn as FnName] : undefined) as Record<string, Handler<unknown, unknown>> | undefined
  if (!routes || !Object.hasOwn(specs, action) || !Object.hasOwn(routes, action)) return null
  return { spec: specs[action]!, handler: routes[action]! }
}

/** The first issue's own words (the contract's helpers and the zod error map word them for people). */
function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? '提交的内容不正确，请检查后重试'
}

/** Every issue, with where it is, for developers and for forms that mark several fields. */
function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    // The unknown keys, as sent, but never more than a few short ones echoed back.
    ...(i.code === 'unrecognized_keys' ? { keys: i.keys.slice(0, 10).map((k) => k.slice(0, 40)) } : {}),
  }))
}
