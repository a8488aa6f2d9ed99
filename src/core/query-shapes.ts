// Query shapes: what a query matches (which fields, and how) and the order it asks for, without its
// values. The collection registry declares the shapes each collection serves; engines and tests
// compare the queries actually made against them.
import { isRange, type Condition, type Where } from './ports/doc-store'

/** How a field is matched: equal (a value, a list of values, or null), a range, not equal, array contains. */
export type MatchOp = 'eq' | 'range' | 'ne' | 'has'

export type QuerySpec<F extends string = string> = {
  where: Readonly<Partial<Record<F, MatchOp>>>
  /** `field` (ascending) or `field desc`. */
  orderBy?: ReadonlyArray<F | `${F} desc`>
  /** Why this query may read the whole collection (demo data only, a whole-school import…). */
  scan?: string
}

export function matchOp(cond: Condition): MatchOp {
  if (cond === null || typeof cond !== 'object' || 'in' in cond) return 'eq'
  if ('ne' in cond || 'nin' in cond) return 'ne'
  if ('has' in cond) return 'has'
  if (isRange(cond)) return 'range'
  throw new Error('unknown condition')
}

const whereKey = (fields: Array<[string, MatchOp]>) =>
  fields
    .map(([f, op]) => `${f}:${op}`)
    .sort()
    .join(',')

/**
 * The field a staged roster import marks its new documents with (see roster-import/staged.ts). The
 * staging gate adds a not-in condition on it to every roster query: a filter on the rows the query's
 * own index already found, so it does not change the shape a query is declared and planned by.
 */
export const STAGED_FIELD = 'importJob'

/** The shape of a query as made: `orderBy` undefined for counts (any declared order will do). */
export function shapeOf(where: Where | undefined, orderBy?: ReadonlyArray<readonly [string, 'asc' | 'desc']>): string {
  const match = whereKey(Object.entries(where ?? {}).flatMap(([f, c]) => (f === STAGED_FIELD ? [] : [[f, matchOp(c)]])))
  return orderBy === undefined ? match : `${match}|${orderBy.map(([f, d]) => (d === 'desc' ? `${f} desc` : f)).join(',')}`
}

export function specShapes(spec: QuerySpec): { match: string; ordered: string } {
  const match = whereKey(Object.entries(spec.where) as Array<[string, MatchOp]>)
  return { match, ordered: `${match}|${(spec.orderBy ?? []).join(',')}` }
}

/** Reads by `_id` alone (or a walk of the whole collection in `_id` order) need no declaration. */
export function isByIdOnly(where: Where | undefined, orderBy?: ReadonlyArray<readonly [string, string]>): boolean {
  return Object.keys(where ?? {}).every((f) => f === '_id' || f === STAGED_FIELD) && (orderBy ?? []).every(([f]) => f === '_id')
}

/** Every shape the specs allow: each query as declared, and its filter alone for counts. */
export function declaredShapes(specs: readonly QuerySpec[]): Set<string> {
  return new Set(specs.flatMap((spec) => Object.values(specShapes(spec))))
}

/** A query the collection registry does not declare: a test must fail on it (see SqliteStore's option). */
export class UndeclaredQueryError extends Error {
  constructor(coll: string, shape: string) {
    super(`query on ${coll} not declared in src/core/collections.ts (queries): ${shape}`)
    this.name = 'UndeclaredQueryError'
  }
}
