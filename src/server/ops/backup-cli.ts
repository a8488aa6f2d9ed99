// `npm run backup -- --school <id> --out <file>` and `npm run restore -- --in <file>` on the local
// database (JF_DATA_DIR); restore only into an empty one, with the backup's key in the ring.
import { mkdirSync } from 'node:fs'
import { SqliteStore } from '../../adapters/sqlite/sqlite-store'
import { localKeyRing, localPaths } from '../local-keys'
import { backupSchool, restoreSchool, type BackupStats } from './backup'

const args = process.argv.slice(2)
const value = (name: string) => {
  const i = args.indexOf(`--${name}`)
  const v = i >= 0 ? args[i + 1] : undefined
  if (!v) throw new Error(`缺少参数 --${name}`)
  return v
}
const summary = (s: BackupStats) =>
  `${s.documents} 条（${Object.entries(s.byCollection)
    .map(([c, n]) => `${c} ${n}`)
    .join('，')}）`

async function main() {
  const paths = localPaths(process.cwd())
  mkdirSync(paths.dataDir, { recursive: true })
  const engine = new SqliteStore(paths.dbPath)
  try {
    if (args[0] === 'restore') {
      const keyIds = localKeyRing(paths).all.map((k) => k.id)
      console.log(`已恢复 ${summary(await restoreSchool(engine, value('in'), { now: new Date(), keyIds }))}`)
    } else {
      const out = value('out')
      console.log(`已备份到 ${out}：${summary(await backupSchool(engine, value('school'), out, new Date()))}`)
      console.log('加密字段在文件中仍是密文；恢复时需要同一把数据密钥。文件仍含姓名等个人信息，请妥善保管。')
    }
  } finally {
    engine.close()
  }
}

main().catch((e) => {
  console.error(`未完成：${(e as Error).message}`)
  process.exit(1)
})
