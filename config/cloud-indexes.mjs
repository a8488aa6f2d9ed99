// `npm run cloud:indexes`: every collection and index from src/core/collections.ts, for creating them
// in the cloud console (function code cannot create indexes). The SQLite adapter reads the same file,
// and the query-plan test checks every declared query against these indexes.
import { build } from 'esbuild'
import { createRequire } from 'node:module'

const out = 'dist/tools/collections.cjs'
await build({ entryPoints: ['src/core/collections.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' })
const { COLLECTIONS, SCHEMA_VERSION } = createRequire(import.meta.url)(`../${out}`)

/** A cloud index serves a query when its first field is one the query matches on. */
const served = (query, indexes) => indexes.some((i) => i.fields[0] in query.where)

console.log(`数据模型版本 ${SCHEMA_VERSION}。在云开发控制台为每个集合设置权限“仅管理端可读写”，并创建以下索引：\n`)
const unserved = []
for (const [name, spec] of Object.entries(COLLECTIONS)) {
  const rows = spec.indexes.map((i) => `${i.unique ? '唯一' : '非唯一'} (${i.fields.map((f) => `${f} 升序`).join(', ')})`)
  console.log(`${name.padEnd(18)} ${rows.length ? rows.join('；') : '（只按 _id 查询）'}`)
  for (const q of spec.queries) if (!q.scan && !served(q, spec.indexes)) unserved.push(`${name}: ${JSON.stringify(q)}`)
}
const queries = Object.values(COLLECTIONS).reduce((n, spec) => n + spec.queries.length, 0)
console.log(`\n以上索引服务于 ${queries} 种已声明的查询（src/core/collections.ts 的 queries）。`)
if (unserved.length) {
  console.log(`以下查询没有可用的索引，数据多时会全表扫描：\n${unserved.join('\n')}`)
  process.exitCode = 1
}
