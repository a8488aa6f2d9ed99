// One declaration per collection: its name, document schema, indexes, sealed fields and whether it
// is append-only. Storage set-up, the sealing layer and the typed repositories all read it.
import type { z } from 'zod'

export type IndexSpec = { fields: readonly string[]; unique?: boolean }
export type SealedSpec = { index?: boolean }

type FieldsOf<S extends z.ZodType> = Exclude<keyof z.infer<S>, '_id' | '_v'> & string

export type CollectionOptions<S extends z.ZodType> = {
  indexes?: readonly IndexSpec[]
  /**
   * Fields encrypted at rest (AES-256-GCM) by the sealing layer over every adapter. `index: true`
   * adds a keyed hash `<field>Hash` so equality lookups work without decrypting (e.g. phone).
   */
  sealed?: Partial<Record<FieldsOf<S>, SealedSpec>>
  /** No adapter call may update or remove its documents. */
  appendOnly?: boolean
}

export type CollectionDef<N extends string = string, S extends z.ZodType = z.ZodType> = {
  name: N
  schema: S
  indexes: readonly IndexSpec[]
  sealed: Record<string, SealedSpec> | null
  appendOnly: boolean
}

export function defineCollection<N extends string, S extends z.ZodType>(
  name: N,
  schema: S,
  opts: CollectionOptions<S> = {},
): CollectionDef<N, S> {
  return {
    name,
    schema,
    indexes: opts.indexes ?? [],
    sealed: (opts.sealed as Record<string, SealedSpec> | undefined) ?? null,
    appendOnly: opts.appendOnly ?? false,
  }
}
