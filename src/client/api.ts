// The whole API as one client, for tests and tools. Pages use the per-function clients in
// src/client/calls/ instead: importing this file bundles every contract into the importing package.
import { API, type ActionName, type FnName } from '../core/contract'
import type { ActionSpec } from '../core/contract/contract'
import type { Result } from '../core/result'
import { createActionCaller, type ApiClientOptions, type CallInput, type CallOutput } from './api-core'
import { transport as platformTransport } from './transport'

export { BAD_RESPONSE, OFFLINE, newRequestId, readResponse } from './api-core'
export type { ApiClientOptions, CallInput, CallOutput } from './api-core'

export function createApiClient(options: ApiClientOptions) {
  const send = createActionCaller(options)
  return async function call<F extends FnName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: CallInput<F, A>,
  ): Promise<Result<CallOutput<F, A>>> {
    const spec = (API[fn] as Record<string, ActionSpec> | undefined)?.[action]
    if (!spec) return { ok: false, error: { code: 'API.UNKNOWN_ACTION', message: `接口不存在：${fn}.${action}` } }
    return send(fn, action, spec, input) as Promise<Result<CallOutput<F, A>>>
  }
}

export const call = createApiClient({ transport: platformTransport })
