// One declaration per collection: its name, document schema, indexes, the queries made on it, sealed
// fields and whether it is append-only. Storage set-up, the sealing layer, the typed repositories,
// `npm run cloud:indexes` and the query-plan test all read it.
import type { z } from 'zod'
import type { QuerySpec } from './query-shapes'

export type IndexSpec = { fields: readonly string[]; unique?: boolean }
export type SealedSpec = { index?: boolean }

type FieldsOf<S extends z.ZodType> = Exclude<keyof z.infer<S>, '_id' | '_v'> & string
/** A stored field: a schema field, `_id`, or the lookup hash the sealing layer keeps for an indexed sealed field. */
type StoredField<S extends z.ZodType> = FieldsOf<S> | '_id' | `${FieldsOf<S>}Hash`

export type CollectionOptions<S extends z.ZodType> = {
  indexes?: ReadonlyArray<{ fields: ReadonlyArray<StoredField<S>>; unique?: boolean }>
  /**
   * Every query a route, job or import makes here, besides reads by `_id`: what it matches (and how)
   * and the order it asks for. Tests refuse a query not declared here, and ask SQLite's query plan for
   * each one: none may read the whole collection, unless it says why in `scan`.
   */
  queries?: ReadonlyArray<QuerySpec<StoredField<S>>>
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
  queries: readonly QuerySpec[]
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
    queries: opts.queries ?? [],
    sealed: (opts.sealed as Record<string, SealedSpec> | undefined) ?? null,
    appendOnly: opts.appendOnly ?? false,
  }
}
