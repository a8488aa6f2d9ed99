// The document-store port. Shaped for the cloud database (MongoDB-like) so both engines honour it
// identically: equality / in / range / array-contains conditions, skip+limit pages, counts,
// grouped counts, insert that refuses a duplicate id, compare-and-set on `_v`, all-or-nothing batches.
import type { CollectionName } from '../collections'

export type Scalar = string | number | boolean | null
export type Condition =
  | Scalar
  | { in: Scalar[] }
  | { ne: Scalar }
  | { nin: Scalar[] }
  | { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar }
  | { has: Scalar }
export type Where = Record<string, Condition>

export type Doc = { _id: string; _v: number; [k: string]: unknown }
export type NewDoc = { _id: string; [k: string]: unknown }

export const MAX_PAGE = 100

export type FindOptions = {
  where?: Where
  /**
   * Without it, rows come in whatever order the engine finds them (no sort is added: it would make the
   * engine walk the primary key rather than the filter's index). With it, ties are broken by `_id`, so
   * pages over equal keys stay stable.
   */
  orderBy?: Array<[field: string, dir: 'asc' | 'desc']>
  limit: number
  skip?: number
  /**
   * Only these top-level fields of each document (with `_id` and `_v`): for reads that show a few fields
   * of large documents, which then cost neither the transfer nor the parse. A field the document lacks stays absent.
   */
  fields?: readonly string[]
}

export type WriteOp =
  | { kind: 'insert'; coll: CollectionName; doc: NewDoc }
  | { kind: 'update'; coll: CollectionName; id: string; set: Record<string, unknown>; expectVersion?: number }
  | { kind: 'remove'; coll: CollectionName; id: string }

export type BatchResult = { ok: true } | { ok: false; index: number; reason: 'duplicate' | 'conflict' }

/** Documents an engine returns are the caller's own: fresh objects, never shared with the engine or another call. */
export interface DocStore {
  get(coll: CollectionName, id: string): Promise<Doc | null>
  /** One round trip; missing ids are simply absent. At most MAX_PAGE ids. `fields` as in FindOptions. */
  getMany(coll: CollectionName, ids: string[], fields?: readonly string[]): Promise<Doc[]>
  find(coll: CollectionName, opts: FindOptions): Promise<Doc[]>
  count(coll: CollectionName, where?: Where): Promise<number>
  countBy(coll: CollectionName, field: string, where?: Where): Promise<Record<string, number>>
  /** Sets `_v` to 1. Returns 'duplicate' when the id exists (locks rely on this). */
  insert(coll: CollectionName, doc: NewDoc): Promise<'ok' | 'duplicate'>
  /** Shallow `$set` of top-level fields, `_v` + 1. With expectVersion it is a compare-and-set. */
  update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number): Promise<boolean>
  remove(coll: CollectionName, id: string): Promise<boolean>
  /** All or nothing: any duplicate insert or failed compare-and-set undoes the whole batch. */
  batch(ops: WriteOp[]): Promise<BatchResult>
  /**
   * A value that changes whenever a document of one of `colls` may have changed, whoever wrote it.
   * Only an engine that sees every write offers it (the local engine: its own writes, and commits by
   * any other connection to its file). Absent where other processes write unseen (cloud functions).
   * A cache may keep what it read from `colls` for as long as the stamp stays the same.
   */
  writeStamp?(colls: readonly CollectionName[]): string
  /** Round trips made so far: benchmarks check this stays constant per action. */
  readonly roundTrips: number
  /** The largest batch this engine applies all-or-nothing (cloud transactions are bounded). */
  readonly maxBatchOps: number
}

export function isRange(c: Condition): c is { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar } {
  return typeof c === 'object' && c !== null && ('gt' in c || 'gte' in c || 'lt' in c || 'lte' in c)
}
