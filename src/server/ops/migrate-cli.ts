// `npm run migrate`: bring the local database's data model up to SCHEMA_VERSION (the local server also
// does this on every start). Interrupted, it resumes from its cursor when run again.
import { migrate } from '../../api/migrate'
import { mkdirSync } from 'node:fs'
import { SqliteStore } from '../../adapters/sqlite/sqlite-store'
import { localPaths } from '../local-keys'

async function main() {
  const paths = localPaths(process.cwd())
  mkdirSync(paths.dataDir, { recursive: true })
  const engine = new SqliteStore(paths.dbPath)
  try {
    const r = await migrate(engine, { now: new Date(), log: (line) => console.log(line) })
    console.log(
      r.from === r.to ? `数据模型已是最新（版本 ${r.to}）。` : `数据模型已从版本 ${r.from} 迁移到 ${r.to}，更新了 ${r.patched} 条记录。`,
    )
  } finally {
    engine.close()
  }
}

main().catch((e) => {
  console.error(`数据迁移未完成，可以修正后再次运行（会从中断处继续）：${(e as Error).message}`)
  process.exit(1)
})
