// Local file storage: sealed bytes under <dir>/<id>, and beside them <id>.json with the expiry in clear
// (so the purge needs no key) and the name, owner and size sealed. Ids are random and unguessable.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FILE_ID, type FileStorage } from '../../core/ports/file-storage'
import { err } from '../../core/result'
import { createBlobCipher, type BlobCipher } from '../crypto/blob-cipher'
import type { KeyRing } from '../crypto/key-ring'

export type FileEntry = { name: string; ownerUserId: string; size: number; expiresAt: string | null }
type Sidecar = { v: 2; expiresAt: string | null; meta: string }

export function createDiskStorage(dir: string, ring: KeyRing): FileStorage {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const files = createBlobCipher(ring)
  return {
    async put(name, bytes, ownerUserId, opts = {}) {
      const fileId = `f-${randomBytes(16).toString('base64url')}`
      const entry = { name, ownerUserId, size: bytes.length, expiresAt: opts.expiresAt?.toISOString() ?? null }
      writeEntry(dir, files, fileId, entry, bytes)
      return { fileId, name, size: bytes.length }
    },
    async get(fileId) {
      const found = readEntry(dir, files, fileId)
      return found && { name: found.entry.name, ownerUserId: found.entry.ownerUserId, bytes: found.bytes() }
    },
    async adopt() {
      return err('FILE.UNSUPPORTED', '此环境请直接上传文件')
    },
    async url(fileId) {
      return `/files/${fileId}`
    },
    async remove(fileId) {
      if (FILE_ID.test(fileId)) removeEntry(dir, fileId)
    },
    async purgeExpired(now) {
      const due = listIds(dir).filter((fileId) => {
        const expiresAt = readSidecar(dir, fileId)?.expiresAt
        return typeof expiresAt === 'string' && expiresAt <= now.toISOString()
      })
      for (const fileId of due) removeEntry(dir, fileId)
      return due.length
    },
  }
}

export const listIds = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((id) => FILE_ID.test(id))

/** Bytes first, then the sidecar, each written whole and renamed into place: the sidecar marks a file present. */
export function writeEntry(dir: string, files: BlobCipher, fileId: string, entry: FileEntry, bytes: Uint8Array) {
  const { expiresAt, ...meta } = entry
  const sidecar: Sidecar = {
    v: 2,
    expiresAt,
    meta: Buffer.from(files.seal(Buffer.from(JSON.stringify(meta)), `${fileId}/meta`)).toString('base64'),
  }
  writeWhole(join(dir, fileId), files.seal(bytes, `${fileId}/bytes`))
  writeWhole(join(dir, `${fileId}.json`), JSON.stringify(sidecar))
}

/** The entry and a reader for its bytes, or null when there is no such file. A file that does not open throws. */
export function readEntry(dir: string, files: BlobCipher, fileId: string) {
  const sidecar = readSidecar(dir, fileId)
  if (!sidecar) return null
  if (sidecar.v !== 2 || typeof sidecar.meta !== 'string') {
    throw new Error(`file ${fileId}: not sealed (restart the local server to upgrade old files)`)
  }
  const meta = JSON.parse(Buffer.from(files.open(Buffer.from(sidecar.meta, 'base64'), `${fileId}/meta`)).toString('utf8'))
  const entry: FileEntry = { ...(meta as Omit<FileEntry, 'expiresAt'>), expiresAt: sidecar.expiresAt ?? null }
  return { entry, bytes: () => files.open(readFileSync(join(dir, fileId)), `${fileId}/bytes`) }
}

/** The sidecar as stored: this version's shape, or an older version's plain `{ name, ownerUserId, size }`. */
export function readSidecar(dir: string, fileId: string): (Partial<Sidecar> & Record<string, unknown>) | null {
  const path = join(dir, `${fileId}.json`)
  if (!FILE_ID.test(fileId) || !existsSync(path)) return null
  return JSON.parse(readFileSync(path, 'utf8'))
}

function removeEntry(dir: string, fileId: string) {
  // Sidecar first: without it the file is gone for every reader, even if removing the bytes fails.
  rmSync(join(dir, `${fileId}.json`), { force: true })
  rmSync(join(dir, fileId), { force: true })
}

function writeWhole(path: string, data: Uint8Array | string) {
  writeFileSync(`${path}.tmp`, data, { mode: 0o600 })
  renameSync(`${path}.tmp`, path)
}
