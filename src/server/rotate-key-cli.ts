// `npm run rotate-key`: re-seal the local database and files under a new data key (see rotate-key.ts).
import { SqliteStore } from '../adapters/sqlite/sqlite-store'
import { localPaths } from './local-keys'
import { rotateKey } from './rotate-key'

async function main() {
  console.log('请先停止本地服务（npm start），轮换期间它会读不到新密钥加密的数据。')
  const paths = localPaths(process.cwd())
  const report = await rotateKey(paths, (path) => new SqliteStore(path), { now: new Date(), log: (line) => console.log(line) })
  const db = report.database ?? { scanned: 0, resealed: 0 }
  console.log(
    `密钥轮换完成（密钥编号 ${report.keyId}）：数据库 ${db.resealed}/${db.scanned} 条、文件 ${report.files.resealed}/${report.files.scanned} 个已重新加密。`,
  )
  if (process.env.JF_DATA_KEY) console.log('确认无误后，可从 JF_DATA_KEYS_OLD 中删去旧密钥。')
}

main().catch((e) => {
  // No personal data in the message: places are collection/id.field only.
  console.error(`密钥轮换未完成，可以修正后再次运行（已处理的数据不会重复处理）：${(e as Error).message}`)
  process.exit(1)
})
