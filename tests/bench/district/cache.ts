// The generated district is kept between runs (dist/bench/cache), keyed by its size and by the source
// of everything that shapes the stored documents: change a schema, an index or the generator, and it
// is generated again. Each run works on a copy, so the cached file never sees the benchmark's writes.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createFieldCipher } from '../../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { generateDistrict, type DistrictManifest, type DistrictSize } from '../../../src/server/seed/district'

export const BENCH_KEY = 'be'.repeat(32)
const CACHE = 'dist/bench/cache'
const SHAPING = [
  'src/core/collections.ts',
  'src/core/collection.ts',
  // Collections declared beside their feature and spread into collections.ts: their indexes too.
  'src/core/coverage/coverage.collections.ts',
  'src/core/privacy/correction.schema.ts',
  'src/core/reports/report.collections.ts',
  'src/core/roster-import/import.collections.ts',
  'src/core/survey/survey.collections.ts',
  'src/core/video/video.collections.ts',
  'src/core/visit/visit-work.collections.ts',
  'src/core/model',
  'src/server/seed',
  'src/adapters/crypto/field-cipher.ts',
  'src/adapters/crypto/key-ring.ts',
  'src/api/notify/outbox.ts',
  // How the file is written and closed: a district copied before its log was checkpointed lost users.
  'src/adapters/sqlite',
]

export type District = { dbPath: string; manifest: DistrictManifest; generatedMs: number | null; sizeMB: number }

export async function ensureDistrict(name: string, size: DistrictSize, now: Date, log: (line: string) => void): Promise<District> {
  mkdirSync(CACHE, { recursive: true })
  const key = createHash('sha256').update(JSON.stringify({ size, now })).update(sourceHash()).digest('hex').slice(0, 12)
  const dbPath = join(CACHE, `${name}-${key}.db`)
  const manifestPath = `${dbPath}.json`
  if (existsSync(dbPath) && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DistrictManifest
    return { dbPath, manifest, generatedMs: null, sizeMB: statSync(dbPath).size / 1e6 }
  }
  // Older copies of this district are of no further use: they only take disk space.
  for (const f of readdirSync(CACHE).filter((f) => f.startsWith(`${name}-`))) rmSync(join(CACHE, f), { force: true })
  log(`生成学区数据（${size.schools} 所学校，${size.students} 名学生）……`)
  const t = Date.now()
  const engine = new SqliteStore(`${dbPath}.tmp`)
  const store = new SealedStore(engine, createFieldCipher(createKeyRing(BENCH_KEY)))
  const manifest = await generateDistrict(store, { size, now })
  engine.close()
  copyFileSync(`${dbPath}.tmp`, dbPath)
  for (const f of ['', '-wal', '-shm']) rmSync(`${dbPath}.tmp${f}`, { force: true })
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return { dbPath, manifest, generatedMs: Date.now() - t, sizeMB: statSync(dbPath).size / 1e6 }
}

/** A private copy of the cached database for one run (the run writes: proposals, audit entries…). */
export function workingCopy(dbPath: string, dir: string): string {
  const copy = join(dir, 'district.db')
  copyFileSync(dbPath, copy)
  return copy
}

function sourceHash(): string {
  const h = createHash('sha256')
  const walk = (path: string) => {
    if (!existsSync(path)) return
    if (statSync(path).isDirectory()) for (const f of readdirSync(path).sort()) walk(join(path, f))
    else h.update(path).update(readFileSync(path))
  }
  SHAPING.forEach(walk)
  return h.digest('hex')
}
