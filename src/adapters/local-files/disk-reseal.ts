// Bring the local files under the current key: files written in clear by older versions are sealed and
// expire within a day (uploads and old templates, which nothing points to any more), files under older
// keys are re-sealed.
// Each step writes whole files and renames them into place, bytes before sidecar, so a crash leaves a file
// either as it was or with sealed bytes beside its old sidecar, which the next run recognises.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { uploadExpiry } from '../../core/ports/file-storage'
import { createBlobCipher, type BlobCipher } from '../crypto/blob-cipher'
import type { KeyRing } from '../crypto/key-ring'
import { listIds, readEntry, readSidecar, writeEntry, type FileEntry } from './disk-storage'

export type DiskResealStats = { scanned: number; resealed: number }

export function resealDiskFiles(dir: string, ring: KeyRing, now: Date): DiskResealStats {
  const files = createBlobCipher(ring)
  const stats: DiskResealStats = { scanned: 0, resealed: 0 }
  for (const fileId of listIds(dir)) {
    stats.scanned++
    if (resealOne(dir, files, ring, fileId, now)) stats.resealed++
  }
  return stats
}

function resealOne(dir: string, files: BlobCipher, ring: KeyRing, fileId: string, now: Date): boolean {
  const sidecar = readSidecar(dir, fileId)
  if (!sidecar) return false
  if (sidecar.v !== 2) return upgradeLegacy(dir, files, fileId, sidecar, now)
  const stored = readFileSync(join(dir, fileId))
  const metaKey = files.keyIdOf(Buffer.from(String(sidecar.meta), 'base64'))
  if (files.keyIdOf(stored) === ring.current.id && metaKey === ring.current.id) return false
  const found = readEntry(dir, files, fileId)!
  writeEntry(dir, files, fileId, found.entry, found.bytes())
  return true
}

function upgradeLegacy(dir: string, files: BlobCipher, fileId: string, legacy: Record<string, unknown>, now: Date) {
  const stored = readFileSync(join(dir, fileId))
  // Sealed bytes beside a legacy sidecar: a crash between the two renames of an earlier upgrade.
  const bytes = files.keyIdOf(stored) ? files.open(stored, `${fileId}/bytes`) : stored
  const entry: FileEntry = {
    name: String(legacy.name),
    ownerUserId: String(legacy.ownerUserId),
    size: bytes.length,
    expiresAt: uploadExpiry(now).toISOString(),
  }
  writeEntry(dir, files, fileId, entry, bytes)
  return true
}
