// Translate the port's conditions into SQLite over JSON documents.
import { isRange, type Condition, type Scalar, type Where } from '../../core/ports/doc-store'

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
