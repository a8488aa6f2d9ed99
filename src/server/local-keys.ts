// Local secrets: from the environment, or generated once into `.keys/` at the repository root
// (gitignored, mode 0600), apart from `.data/`, so a copy of the database folder carries no key.
// Older versions kept them in `.data/`: they are moved once.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createKeyRing, parseKeyList, type KeyRing } from '../adapters/crypto/key-ring'

export type LocalPaths = { dataDir: string; keysDir: string; dbPath: string; filesDir: string }
type Env = Record<string, string | undefined>

export function localPaths(root: string, env: Env = process.env): LocalPaths {
  const dataDir = resolve(env.JF_DATA_DIR ?? join(root, '.data'))
  return {
    dataDir,
    keysDir: resolve(env.JF_KEYS_DIR ?? join(root, '.keys')),
    dbPath: join(dataDir, 'jiafang.db'),
    filesDir: join(dataDir, 'files'),
  }
}

const DATA_KEY = 'data-key'
/** Keys a rotation is moving away from; present only while a rotation is unfinished. */
const OLD_KEYS = 'data-keys-old'

/** A secret from the environment, or the one kept in `.keys/<fileName>` (generated on first use). */
export function localSecret(paths: LocalPaths, envName: string, fileName: string, env: Env = process.env): string {
  if (env[envName]) return env[envName]!
  const file = join(paths.keysDir, fileName)
  moveFromDataDir(paths, fileName)
  if (!existsSync(file)) writeSecret(paths, fileName, randomBytes(32).toString('hex'))
  return readFileSync(file, 'utf8').trim()
}

/** The data keys: `JF_DATA_KEY` and `JF_DATA_KEYS_OLD`, else `.keys/data-key` and `.keys/data-keys-old`. */
export function localKeyRing(paths: LocalPaths, env: Env = process.env): KeyRing {
  const current = localSecret(paths, 'JF_DATA_KEY', DATA_KEY, env)
  const old = [...parseKeyList(env.JF_DATA_KEYS_OLD), ...(env.JF_DATA_KEY ? [] : readOldKeys(paths))]
  return createKeyRing(current, old)
}

/** A rotation of the key file was started and not finished (the old keys are still listed). */
export const isRotationPending = (paths: LocalPaths) => readOldKeys(paths).length > 0

/** Start rotating the key file: the current key joins the old keys first, then a new key becomes current. */
export function beginRotation(paths: LocalPaths): void {
  const current = localSecret(paths, 'JF_DATA_KEY', DATA_KEY, {})
  // In this order, a crash between the two writes leaves the old key current and listed: still readable.
  writeSecret(paths, OLD_KEYS, [...readOldKeys(paths), current].join('\n'))
  writeSecret(paths, DATA_KEY, randomBytes(32).toString('hex'))
}

/** Everything is sealed under the current key: the old keys are no longer needed. */
export function finishRotation(paths: LocalPaths): void {
  rmSync(join(paths.keysDir, OLD_KEYS), { force: true })
}

function readOldKeys(paths: LocalPaths): string[] {
  const file = join(paths.keysDir, OLD_KEYS)
  return existsSync(file) ? parseKeyList(readFileSync(file, 'utf8')) : []
}

function moveFromDataDir(paths: LocalPaths, fileName: string) {
  const legacy = join(paths.dataDir, fileName)
  if (!existsSync(legacy)) return
  const file = join(paths.keysDir, fileName)
  const text = readFileSync(legacy, 'utf8').trim()
  if (!existsSync(file)) writeSecret(paths, fileName, text)
  else if (readFileSync(file, 'utf8').trim() !== text) {
    throw new Error(`${legacy} and ${file} hold different keys: keep the one that opens the database and delete the other`)
  }
  rmSync(legacy)
}

function writeSecret(paths: LocalPaths, fileName: string, text: string) {
  mkdirSync(paths.keysDir, { recursive: true, mode: 0o700 })
  const file = join(paths.keysDir, fileName)
  writeFileSync(`${file}.tmp`, text, { mode: 0o600 })
  renameSync(`${file}.tmp`, file)
}
