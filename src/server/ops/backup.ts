// Backup and restore of one school's data as a JSON-lines file: a header line, then one document per
// line. Sealed fields stay sealed (the documents are copied raw, ids unchanged, so each sealed value
// still opens at its place under the key named in the header); restore needs that key in the ring.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { migrate } from '../../api/migrate'
import { COLLECTION_NAMES, SCHEMA_VERSION, type CollectionName } from '../../core/collections'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { SEALING_MARKER } from '../../adapters/crypto/reseal'
import { schoolDocs } from './backup-scope'

export const BACKUP_FORMAT = 'jiafang-school-backup'
export type BackupHeader = {
  format: typeof BACKUP_FORMAT
  schoolId: string
  schemaVersion: number
  keyId: string | null
  exportedAt: string
}
export type BackupStats = { documents: number; byCollection: Partial<Record<CollectionName, number>> }

export async function backupSchool(engine: DocStore, schoolId: string, outFile: string, now: Date): Promise<BackupStats> {
  const schema = await engine.get('meta', 'schema')
  const sealing = await engine.get('meta', SEALING_MARKER)
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    schoolId,
    schemaVersion: schema ? Number(schema.version) : SCHEMA_VERSION,
    keyId: sealing ? String(sealing.keyId) : null,
    exportedAt: now.toISOString(),
  }
  const stats: BackupStats = { documents: 0, byCollection: {} }
  const fd = openSync(outFile, 'w', 0o600)
  try {
    writeSync(fd, JSON.stringify(header) + '\n')
    for await (const [coll, { _v: _version, ...doc }] of schoolDocs(engine, schoolId)) {
      writeSync(fd, JSON.stringify({ c: coll, d: doc }) + '\n')
      stats.documents++
      stats.byCollection[coll] = (stats.byCollection[coll] ?? 0) + 1
    }
  } finally {
    closeSync(fd)
  }
  return stats
}

export function readBackup(file: string): { header: BackupHeader; docs: Array<{ c: CollectionName; d: { _id: string } }> } {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const header = JSON.parse(lines[0] ?? '{}') as BackupHeader
  if (header.format !== BACKUP_FORMAT) throw new Error('这不是家访助手的学校备份文件')
  return { header, docs: lines.slice(1).map((l) => JSON.parse(l) as { c: CollectionName; d: { _id: string } }) }
}

/** Into an empty database only: a restore never merges into, or overwrites, anyone's data. */
export async function restoreSchool(engine: DocStore, file: string, opts: { now: Date; keyIds: string[] }): Promise<BackupStats> {
  const { header, docs } = readBackup(file)
  for (const coll of COLLECTION_NAMES.filter((c) => c !== 'meta')) {
    if ((await engine.count(coll)) > 0) throw new Error(`目标数据库不是空的（${coll} 中已有数据），不能恢复到这里`)
  }
  if (header.keyId && !opts.keyIds.includes(header.keyId)) {
    throw new Error(`备份中的加密数据用密钥 ${header.keyId} 加密：请把那把密钥设为 JF_DATA_KEY 或放进 JF_DATA_KEYS_OLD`)
  }
  const stats: BackupStats = { documents: 0, byCollection: {} }
  const size = Math.max(1, Math.min(engine.maxBatchOps, 200))
  for (let i = 0; i < docs.length; i += size) {
    const ops: WriteOp[] = docs.slice(i, i + size).map(({ c, d }) => ({ kind: 'insert', coll: c, doc: d }))
    const r = await engine.batch(ops)
    if (!r.ok) throw new Error(`恢复中断于第 ${i + r.index + 1} 条（${r.reason}）`)
    for (const { c } of docs.slice(i, i + size)) stats.byCollection[c] = (stats.byCollection[c] ?? 0) + 1
    stats.documents += ops.length
  }
  await markRestored(engine, header, opts.now)
  return stats
}

/** The target records the backup's model version and key, then migrates up to this version. */
async function markRestored(engine: DocStore, header: BackupHeader, now: Date) {
  await upsertMeta(engine, 'schema', { version: header.schemaVersion, seededAt: now.toISOString() })
  // The next local start re-seals under its current key if the backup's key is only an old one.
  if (header.keyId) await upsertMeta(engine, SEALING_MARKER, { keyId: header.keyId, format: 'enc2' })
  await migrate(engine, { now })
}

async function upsertMeta(engine: DocStore, id: string, set: Record<string, unknown>) {
  if ((await engine.insert('meta', { _id: id, ...set })) === 'duplicate') await engine.update('meta', id, set)
}
