// Local file storage: bytes under <dir>/<id>, metadata beside them. Ids are random and unguessable.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FileStorage } from '../../core/ports/file-storage'

export function createDiskStorage(dir: string): FileStorage {
  mkdirSync(dir, { recursive: true })
  const safe = (id: string) => /^f-[A-Za-z0-9_-]{16,}$/.test(id)
  return {
    async put(name, bytes, ownerUserId) {
      const fileId = `f-${randomBytes(16).toString('base64url')}`
      writeFileSync(join(dir, fileId), bytes)
      writeFileSync(join(dir, `${fileId}.json`), JSON.stringify({ name, ownerUserId, size: bytes.length }))
      return { fileId, name, size: bytes.length }
    },
    async get(fileId) {
      if (!safe(fileId) || !existsSync(join(dir, fileId))) return null
      const meta = JSON.parse(readFileSync(join(dir, `${fileId}.json`), 'utf8')) as { name: string; ownerUserId: string }
      return { name: meta.name, ownerUserId: meta.ownerUserId, bytes: readFileSync(join(dir, fileId)) }
    },
    async adopt() {
      return null
    },
    async url(fileId) {
      return `/files/${fileId}`
    },
  }
}
