import type { z } from 'zod'
import type { Role } from '../roles'

/** One action of one cloud function: what goes in, what comes out, who may call it. */
export type ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  summary: string
  input: I
  output: O
  /**
   * 'signed-in' = any caller with an account; 'newcomer' = any identity, an account is created on
   * first use (parents and staff joining); a role list is checked on the server before the handler.
   */
  roles: readonly Role[] | 'signed-in' | 'newcomer'
  /** Writes are deduplicated by the client's request id. */
  write?: boolean
}

export type FunctionSpec = Record<string, ActionSpec>

export const defineFunction = <F extends FunctionSpec>(f: F) => f
