// Translate the port's queries into SQLite over JSON documents (one table per collection, see
// sqlite-store.ts). The query-plan test builds its SQL here too, so it sees exactly what runs.
import { COLLECTIONS, type CollectionName } from '../../core/collections'
import { isRange, type Condition, type FindOptions, type Scalar, type Where } from '../../core/ports/doc-store'

export type Sql = { sql: string; params: unknown[] }

/** Table names are double-quoted collection names, checked by the caller against the registry. */
const table = (coll: string) => `"${coll}"`

/** A collection the registry declares, or a throw: nothing else becomes a table name. */
export function known(coll: CollectionName): CollectionName {
  if (!Object.hasOwn(COLLECTIONS, coll)) throw new Error(`unknown collection ${coll}`)
  return coll
}
export const t = (coll: CollectionName) => table(known(coll))

/**
 * The caller's order only: an `ORDER BY id` nobody asked for makes SQLite walk the primary key
 * instead of the index that matches the filter. When the caller does order, ties are broken by id,
 * as the cloud engine does, so pages over equal keys stay stable.
 */
export function findSql(coll: string, opts: FindOptions): Sql {
  const { sql, params } = whereSql(opts.where)
  const order = (opts.orderBy ?? []).map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`)
  if (order.length && opts.orderBy!.at(-1)![0] !== '_id') order.push('id ASC')
  const orderBy = order.length ? ` ORDER BY ${order.join(', ')}` : ''
  const doc = opts.fields ? `${projection(opts.fields)} AS doc` : 'doc'
  return {
    sql: `SELECT id, v, ${doc} FROM ${table(coll)} ${sql}${orderBy} LIMIT ${limitOf(opts.limit)} OFFSET ?`,
    params: [...params, opts.skip ?? 0],
  }
}

/**
 * The limit is written into the statement, not bound: a bound LIMIT made every run 3–9 µs slower
 * (measured; SQLite seems to prepare such a statement again each time it is bound), a bound OFFSET
 * nothing. A call site asks for one or a few limits, so the cache still holds one statement per shape.
 */
function limitOf(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`find: bad limit ${limit}`)
  return limit
}

const TOP_LEVEL = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * The document cut down to `fields` inside SQLite: only the fields present (an absent one stays absent,
 * where `json_object` would say null), nested values kept as JSON. json_each gives a top-level true or
 * false as the integer 1 or 0: they are turned back into JSON booleans. Names are checked, then inlined,
 * so each call site keeps one prepared statement.
 */
function projection(fields: readonly string[]): string {
  for (const f of fields) if (!TOP_LEVEL.test(f)) throw new Error(`bad projected field: ${f}`)
  const names = fields.length ? fields.map((f) => `'${f}'`).join(', ') : `''`
  const value = `CASE type WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') ELSE value END`
  return `(SELECT json_group_object(key, ${value}) FROM json_each(doc) WHERE key IN (${names}))`
}

export function countSql(coll: string, where: Where | undefined): Sql {
  const { sql, params } = whereSql(where)
  return { sql: `SELECT COUNT(*) AS n FROM ${table(coll)} ${sql}`, params }
}

export function countBySql(coll: string, field: string, where: Where | undefined): Sql {
  const { sql, params } = whereSql(where)
  return { sql: `SELECT ${fieldExpr(field)} AS k, COUNT(*) AS n FROM ${table(coll)} ${sql} GROUP BY k`, params }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export function fieldExpr(field: string): string {
  if (field === '_id') return 'id'
  if (field === '_v') return 'v'
  if (!FIELD.test(field)) throw new Error(`bad field name: ${field}`)
  return `json_extract(doc, '$.${field}')`
}

/** SQLite's JSON functions answer true/false as 1/0. */
export const bindable = (v: Scalar): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v)

export function whereSql(where: Where | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  for (const [field, cond] of Object.entries(where ?? {})) {
    const part = conditionSql(field, cond, params)
    parts.push(part)
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

function conditionSql(field: string, cond: Condition, params: unknown[]): string {
  const expr = fieldExpr(field)
  if (cond === null) return `${expr} IS NULL`
  if (typeof cond !== 'object') {
    params.push(bindable(cond))
    return `${expr} = ?`
  }
  if ('in' in cond) {
    if (cond.in.length === 0) return '0'
    params.push(...cond.in.map(bindable))
    return `${expr} IN (${cond.in.map(() => '?').join(',')})`
  }
  if ('nin' in cond) {
    // A missing field is "not in" any list, as in the cloud database.
    if (cond.nin.length === 0) return '1'
    params.push(...cond.nin.map(bindable))
    return `(${expr} IS NULL OR ${expr} NOT IN (${cond.nin.map(() => '?').join(',')}))`
  }
  if ('ne' in cond) {
    params.push(bindable(cond.ne))
    return `${expr} IS NOT ?`
  }
  if ('has' in cond) {
    if (field === '_id' || field === '_v') throw new Error('has needs an array field')
    params.push(bindable(cond.has))
    return `EXISTS (SELECT 1 FROM json_each(doc, '$.${field}') WHERE value = ?)`
  }
  if (isRange(cond)) {
    const ops: Array<[keyof typeof cond, string]> = [
      ['gt', '>'],
      ['gte', '>='],
      ['lt', '<'],
      ['lte', '<='],
    ]
    const bits = ops
      .filter(([k]) => cond[k] !== undefined)
      .map(([k, op]) => {
        params.push(bindable(cond[k] as Scalar))
        return `${expr} ${op} ?`
      })
    return `(${bits.join(' AND ')})`
  }
  throw new Error(`unsupported condition on ${field}`)
}

/**
 * A shallow `$set` done by SQLite itself: the fields replaced inside the stored JSON (`undefined` removes
 * one, as JSON.stringify of a merged document would), the version bumped, with an optional compare-and-set.
 * No read of the row first, and no parse and rewrite of the whole document in JavaScript.
 */
export function updateSql(coll: string, id: string, set: Record<string, unknown>, expectVersion?: number): Sql {
  const fields = Object.entries(set).filter(([k]) => k !== '_id' && k !== '_v')
  const kept = fields.filter(([, v]) => v !== undefined)
  const dropped = fields.filter(([, v]) => v === undefined)
  let doc = `json_set(doc, ${[...kept.map(([k]) => `${jsonPath(k)}, json(?)`), `'$._v', v + 1`].join(', ')})`
  if (dropped.length) doc = `json_remove(${doc}, ${dropped.map(([k]) => jsonPath(k)).join(', ')})`
  const version = expectVersion === undefined ? '' : ' AND v = ?'
  return {
    sql: `UPDATE ${table(coll)} SET v = v + 1, doc = ${doc} WHERE id = ?${version}`,
    params: [...kept.map(([, v]) => JSON.stringify(v)), id, ...(expectVersion === undefined ? [] : [expectVersion])],
  }
}

/** A top-level key as a JSON path, quoted (a dot in a key names the key, not a nested field). */
function jsonPath(key: string): string {
  if (/["'\\]/.test(key)) throw new Error(`update: field name not supported: ${key}`)
  return `'$."${key}"'`
}
