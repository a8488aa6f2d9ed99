import { z } from 'zod'
import { API } from '../core/contract'
import type { ActionSpec } from '../core/contract/contract'

/** GET /api: every function and action with its input/output JSON Schema and allowed roles. */
export function describeApi() {
  return Object.entries(API).map(([fn, actions]) => ({
    function: fn,
    endpoint: `POST /api/${fn}`,
    actions: Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => ({
      action,
      summary: spec.summary,
      roles: spec.roles,
      write: !!spec.write,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
    })),
  }))
}
