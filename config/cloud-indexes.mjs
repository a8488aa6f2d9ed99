// `npm run cloud:indexes`: every collection and index from src/core/collections.ts, for creating them
// in the cloud console (function code cannot create indexes). The SQLite adapter reads the same file.
import { build } from 'esbuild'
import { createRequire } from 'node:module'

const out = 'dist/tools/collections.cjs'
await build({ entryPoints: ['src/core/collections.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' })
const { COLLECTIONS, SCHEMA_VERSION } = createRequire(import.meta.url)(`../${out}`)

console.log(`数据模型版本 ${SCHEMA_VERSION}。在云开发控制台为每个集合设置权限“仅管理端可读写”，并创建以下索引：\n`)
for (const [name, spec] of Object.entries(COLLECTIONS)) {
  const rows = spec.indexes.map((i) => `${i.unique ? '唯一' : '非唯一'} (${i.fields.map((f) => `${f} 升序`).join(', ')})`)
  console.log(`${name.padEnd(18)} ${rows.length ? rows.join('；') : '（只按 _id 查询）'}`)
}
