// `npm run cloud:indexes`: every collection and index from src/core/collections.ts, for creating them
// in the cloud console (function code cannot create indexes). The SQLite adapter reads the same file,
// the query-plan test checks every declared query against these indexes, and `npm run deploy` prints
// the same lines (src/server/deploy/index-list.ts).
import { build } from 'esbuild'
import { createRequire } from 'node:module'

const out = 'dist/tools/index-list.cjs'
const entry = `export { COLLECTIONS, SCHEMA_VERSION } from './src/core/collections'; export { indexLines } from './src/server/deploy/index-list'`
await build({
  stdin: { contents: entry, resolveDir: '.', loader: 'ts' },
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
})
const { COLLECTIONS, SCHEMA_VERSION, indexLines } = createRequire(import.meta.url)(`../${out}`)

console.log(`数据模型版本 ${SCHEMA_VERSION}。在云开发控制台为每个集合设置权限“仅管理端可读写”，并创建以下索引：\n`)
const { lines, unserved, queries } = indexLines(COLLECTIONS)
for (const line of lines) console.log(line)
console.log(`\n以上索引服务于 ${queries} 种已声明的查询（src/core/collections.ts 的 queries）。`)
if (unserved.length) {
  console.log(`以下查询没有可用的索引，数据多时会全表扫描：\n${unserved.join('\n')}`)
  process.exitCode = 1
}
