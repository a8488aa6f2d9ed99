// Translate the port's conditions into wx-server-sdk query objects (db.command), Mongo semantics.
import { isRange, type Condition, type Where } from '../../core/ports/doc-store'

/** The slice of `db.command` this adapter uses: typed loosely, the SDK's own d.ts is partial. */
export type CloudCommand = {
  in(values: unknown[]): unknown
  neq(value: unknown): unknown
  nin(values: unknown[]): unknown
  gt(value: unknown): unknown
  gte(value: unknown): unknown
  lt(value: unknown): unknown
  lte(value: unknown): unknown
  and(...conds: unknown[]): unknown
  inc(n: number): unknown
  set(value: unknown): unknown
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export function checkField(field: string): string {
  // Refuse `$`-operators and odd keys: a field name must never become a query operator.
  if (!FIELD.test(field)) throw new Error(`bad field name: ${field}`)
  return field
}

export function toCloudWhere(where: Where | undefined, _: CloudCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, cond] of Object.entries(where ?? {})) out[checkField(field)] = toCloudCondition(cond, _)
  return out
}

function toCloudCondition(cond: Condition, _: CloudCommand): unknown {
  if (cond === null || typeof cond !== 'object') return cond
  if ('in' in cond) return _.in(cond.in)
  if ('ne' in cond) return _.neq(cond.ne)
  if ('nin' in cond) return _.nin(cond.nin)
  // Array contains is plain equality on an array field (Mongo semantics).
  if ('has' in cond) return cond.has
  if (isRange(cond)) {
    const parts = (['gt', 'gte', 'lt', 'lte'] as const).filter((k) => cond[k] !== undefined).map((k) => _[k](cond[k]))
    return parts.length === 1 ? parts[0] : _.and(...parts)
  }
  throw new Error('unsupported condition')
}

/**
 * A shallow `$set` of top-level fields. The SDK flattens nested objects into dotted paths (a merge);
 * `_.set()` replaces the whole value, as the local engine does. `_id` and `_v` are ours to manage.
 */
export function toCloudSet(set: Record<string, unknown>, _: CloudCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(set)) {
    if (field === '_id' || field === '_v' || value === undefined) continue
    const isPlainObject = value !== null && typeof value === 'object' && !Array.isArray(value)
    out[checkField(field)] = isPlainObject ? _.set(value) : value
  }
  return out
}
