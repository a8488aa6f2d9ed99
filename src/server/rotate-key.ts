// Sealing the local data under the current key: on every start of the local server (which upgrades an
// older database and finishes an interrupted rotation), and by `npm run rotate-key` (a new key first).
import { existsSync } from 'node:fs'
import type { KeyRing } from '../adapters/crypto/key-ring'
import { ensureSealedUnderCurrentKey, resealAll, type ResealStats } from '../adapters/crypto/reseal'
import { resealDiskFiles, type DiskResealStats } from '../adapters/local-files/disk-reseal'
import type { SqliteStore } from '../adapters/sqlite/sqlite-store'
import { beginRotation, finishRotation, isRotationPending, localKeyRing, type LocalPaths } from './local-keys'

type Env = Record<string, string | undefined>
export type SealingReport = { keyId: string; database: ResealStats | null; files: DiskResealStats }

/** Everything readable is sealed under the current key; a value no key of the ring opens stops it. */
export async function bringUpToDate(
  engine: SqliteStore,
  paths: LocalPaths,
  ring: KeyRing,
  opts: { now: Date; force?: boolean; env?: Env },
): Promise<SealingReport> {
  const database = opts.force ? await resealAll(engine, ring) : await ensureSealedUnderCurrentKey(engine, ring)
  const files = existsSync(paths.filesDir) ? resealDiskFiles(paths.filesDir, ring, opts.now) : { scanned: 0, resealed: 0 }
  // The old keys of a key-file rotation go only once both the database and the files are done.
  if (!(opts.env ?? process.env).JF_DATA_KEY && isRotationPending(paths)) finishRotation(paths)
  return { keyId: ring.current.id, database, files }
}

/**
 * `npm run rotate-key`. With the key in `.keys/`: a new key is generated and everything re-sealed under
 * it; if an earlier run was interrupted, that rotation is finished instead (no second new key). With
 * `JF_DATA_KEY` set: everything is re-sealed under it, opening older values with `JF_DATA_KEYS_OLD`.
 */
export async function rotateKey(
  paths: LocalPaths,
  openEngine: (path: string) => SqliteStore,
  opts: { now: Date; env?: Env; log?: (line: string) => void },
): Promise<SealingReport> {
  const env = opts.env ?? process.env
  const log = opts.log ?? (() => undefined)
  if (env.JF_DATA_KEY) log('使用环境变量 JF_DATA_KEY 中的密钥，旧密钥从 JF_DATA_KEYS_OLD 读取。')
  else if (isRotationPending(paths)) log('上次的密钥轮换没有完成，现在继续（不再生成新密钥）。')
  else {
    localKeyRing(paths, env) // the current key exists before it is rotated away
    beginRotation(paths)
    log(`已生成新密钥：${paths.keysDir}`)
  }
  const ring = localKeyRing(paths, env)
  const engine = openEngine(paths.dbPath)
  try {
    return await bringUpToDate(engine, paths, ring, { now: opts.now, force: true, env })
  } finally {
    engine.close()
  }
}
