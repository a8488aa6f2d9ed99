import type { z } from 'zod'
import type { Role } from '../roles'

/** One action of one cloud function: what goes in, what comes out, who may call it. */
export type ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  summary: string
  input: I
  output: O
  /** 'signed-in' = any resolved caller; a role list is checked on the server before the handler. */
  roles: readonly Role[] | 'signed-in'
  /** Writes are deduplicated by the client's request id. */
  write?: boolean
}

export type FunctionSpec = Record<string, ActionSpec>

export const defineFunction = <F extends FunctionSpec>(f: F) => f
