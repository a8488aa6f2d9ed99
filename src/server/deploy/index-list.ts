// The indexes to create in the cloud console, one line per collection (`npm run cloud:indexes`, and
// step 6 of `npm run deploy`); queries no index serves are returned so the script can fail on them.
import type { IndexSpec, QuerySpec } from '../../core/collections'

type Specs = Record<string, { indexes: readonly IndexSpec[]; queries: readonly QuerySpec[] }>

/** A cloud index serves a query when its first field is one the query matches on. */
const served = (query: QuerySpec, indexes: readonly IndexSpec[]) => indexes.some((i) => i.fields[0]! in query.where)

export function indexLines(collections: Specs): { lines: string[]; unserved: string[]; queries: number } {
  const lines: string[] = []
  const unserved: string[] = []
  let queries = 0
  for (const [name, spec] of Object.entries(collections)) {
    const rows = spec.indexes.map((i) => `${i.unique ? '唯一' : '非唯一'} (${i.fields.map((f) => `${f} 升序`).join(', ')})`)
    lines.push(`${name.padEnd(18)} ${rows.length ? rows.join('；') : '（只按 _id 查询）'}`)
    queries += spec.queries.length
    for (const q of spec.queries) if (!q.scan && !served(q, spec.indexes)) unserved.push(`${name}: ${JSON.stringify(q)}`)
  }
  return { lines, unserved, queries }
}
