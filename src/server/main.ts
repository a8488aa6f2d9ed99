// `npm start`: open (or create and seed) the local database, serve the H5 app and the API.
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createFieldCipher } from '../adapters/crypto/field-cipher'
import { SealedStore } from '../adapters/crypto/sealed-store'
import { createDiskStorage } from '../adapters/local-files/disk-storage'
import { SqliteStore } from '../adapters/sqlite/sqlite-store'
import { createExcelWorkbooks } from '../adapters/xlsx/excel-workbooks'
import { createLocalNotifier } from '../api/notify/local-notifier'
import { migrate } from '../api/migrate'
import { runScheduler } from '../api/scheduler'
import { StagedGate } from '../api/roster-import/staged-gate'
import { createLocalServer } from './http-server'
import { localKeyRing, localPaths, localSecret } from './local-keys'
import { bringUpToDate } from './rotate-key'
import { isDemoData, seedDemoIfEmpty } from './seed/seed'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}

const root = process.cwd()
const paths = localPaths(root)
const { dataDir, dbPath, filesDir } = paths

async function main() {
  mkdirSync(dataDir, { recursive: true })
  if (flag('reset') || flag('reset-only')) {
    for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, filesDir]) rmSync(f, { force: true, recursive: true })
    console.log('演示数据已清空，将重新生成。')
  }
  const ring = localKeyRing(paths)
  const engine = new SqliteStore(dbPath)
  const sealing = await bringUpToDate(engine, paths, ring, { now: new Date() }).catch((e: unknown) => {
    engine.close()
    throw new Error(
      `数据库中的加密数据无法用当前密钥读取：请设置正确的 JF_DATA_KEY（旧密钥放进 JF_DATA_KEYS_OLD），或运行 npm run reset-demo 重新生成演示数据。${(e as Error).message}`,
    )
  })
  if (sealing.database?.resealed || sealing.files.resealed) console.log(`已把加密数据更新为当前密钥（${sealing.keyId}）。`)
  // Staged roster imports stay hidden from every reader until they commit.
  const store = new StagedGate(new SealedStore(engine, createFieldCipher(ring)))
  if (await seedDemoIfEmpty(store, new Date())) console.log(`已生成演示学校数据：${dbPath}`)
  // After the seed (an empty database is seeded at the current version), before any request is served.
  const migrated = await migrate(engine, { now: new Date(), log: (line) => console.log(line) })
  if (migrated.patched) console.log(`数据模型已迁移到版本 ${migrated.to}（${migrated.patched} 条记录）。`)
  if (flag('reset-only')) return engine.close()

  // Dev sign-in follows the data: on only for the database the demo seed created (see isDemoData).
  const demo = await isDemoData(store)
  const notifier = createLocalNotifier()
  const files = createDiskStorage(filesDir, ring)
  const server = createLocalServer({
    store,
    notifier,
    files,
    workbooks: createExcelWorkbooks(),
    staticDir: resolve(value('static', join(root, 'dist', 'h5'))),
    secret: localSecret(paths, 'JF_SESSION_SECRET', 'session-secret'),
    log: (line) => console.error(line),
  })
  const port = Number(value('port', process.env.PORT ?? '8787'))
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address()
    const actual = typeof addr === 'object' && addr ? addr.port : port
    console.log(`家访助手本地服务已启动：http://127.0.0.1:${actual}/`)
    console.log(`接口文档：http://127.0.0.1:${actual}/api`)
    console.log(
      demo
        ? '演示数据：可在登录页选择演示身份。'
        : '不是演示数据：演示登录已关闭。旧版本生成的演示数据请运行 npm run reset-demo 重新生成。',
    )
  })
  // The same job WeChat runs on a timer trigger. It works in short slices and lets requests through
  // between them, so it can run often; a run still draining a backlog is not started a second time.
  let running = false
  const job = setInterval(() => {
    if (running) return
    running = true
    runScheduler({ store, notifier, files }, new Date())
      .catch((e) => console.error(`[scheduler] ${(e as Error).message}`))
      .finally(() => (running = false))
  }, 15_000)
  const stop = () => {
    clearInterval(job)
    server.close(() => (engine.close(), process.exit(0)))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
