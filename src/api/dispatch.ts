import { z } from 'zod'
import { API, type FnName } from '../core/contract'
import type { ActionSpec } from '../core/contract/contract'
import { Errors, type Result } from '../core/result'
import { hasAnyRole } from '../core/roles'
import { enrolNewcomer, resolveCaller } from './caller'
import { runOnce } from './replay'
import type { Deps, Handler, Identity, RouteTable } from './types'

/** The wire envelope every entry point sends: WeChat's event, the local server's body, tests. */
export const EnvelopeSchema = z.object({
  action: z.string({ message: '缺少 action' }).min(1, '缺少 action'),
  input: z.unknown().optional(),
  requestId: z.string().max(64).optional(),
})

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
  if (!envelope.success) return Errors.badInput(firstMessage(envelope.error))
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
  const run = async () => checked(fn, action, spec.spec, await spec.handler(input.data, ctx, deps))
  if (!spec.spec.write || !requestId) return run()
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

function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '输入不正确'
  const where = issue.path.length ? `（${issue.path.join('.')}）` : ''
  return `输入不正确${where}：${describeIssue(issue)}`
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `不支持的字段：${issue.keys.join('、')}`
  if (issue.code === 'invalid_type' && /undefined$/.test(issue.message)) return '缺少必填项'
  return localise(issue.message)
}

function localise(message: string): string {
  // zod's built-in English messages for the cases our schemas do not word themselves.
  if (/^Invalid input: expected (\w+), received (\w+)/.test(message)) return '类型不正确'
  if (/^Invalid input/.test(message)) return '取值不正确'
  if (/^Too (big|small)/.test(message)) return '超出允许范围'
  return message
}

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: describeIssue(i) }))
}
