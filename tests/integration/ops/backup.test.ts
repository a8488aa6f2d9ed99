// A school's backup and restore on the local engine: the round trip gives back the same documents,
// sealed values stay sealed in the file, and a restore goes only into an empty database with the key.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../../src/adapters/crypto/key-ring'
import { ensureSealedUnderCurrentKey } from '../../../src/adapters/crypto/reseal'
import { SealedStore } from '../../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { SCHEMA_VERSION } from '../../../src/core/collections'
import type { Doc } from '../../../src/core/ports/doc-store'
import { backupSchool, readBackup, restoreSchool } from '../../../src/server/ops/backup'
import { schoolDocs } from '../../../src/server/ops/backup-scope'
import { seedDemoIfEmpty } from '../../../src/server/seed/seed'
import { demo } from '../../support/demo'
import { SEED_NOW } from '../../support/test-server'

jest.setTimeout(60_000)
const ring = createKeyRing('e'.repeat(64))
const dir = mkdtempSync(join(tmpdir(), 'jf-backup-'))
const file = join(dir, 'school.jsonl')
const contact = (demo.data.contacts as Array<{ _id: string; phone: string; schoolId: string }>).find(
  (c) => c.phone && c.schoolId === demo.schoolId,
)!
const sensitive = (demo.data.family_sensitive as Array<{ _id: string; address: string | null; schoolId: string }>).find(
  (f) => f.address && f.schoolId === demo.schoolId,
)!
const withoutVersion = ({ _v: _version, ...d }: Doc) => d
let source: SqliteStore

beforeAll(async () => {
  source = new SqliteStore(join(dir, 'source.db'))
  await seedDemoIfEmpty(new SealedStore(source, createFieldCipher(ring)), SEED_NOW, { coverage: false })
  await ensureSealedUnderCurrentKey(source, ring)
  await backupSchool(source, demo.schoolId, file, SEED_NOW)
})
afterAll(() => source.close())

test('the file holds the school and no plaintext of its sealed fields; another school is not in it', async () => {
  const text = readFileSync(file, 'utf8')
  const { header, docs } = readBackup(file)
  expect(header).toMatchObject({ schoolId: demo.schoolId, schemaVersion: SCHEMA_VERSION, keyId: ring.current.id })
  expect(text).not.toContain(contact.phone)
  expect(text).not.toContain(sensitive.address)
  expect(docs.find((x) => x.c === 'contacts' && x.d._id === contact._id)!.d).toMatchObject({ phone: expect.stringMatching(/^enc2:/) })
  expect(docs.filter((x) => x.c === 'schools').map((x) => x.d._id)).toEqual([demo.schoolId])
  expect(docs.some((x) => (x.d as { schoolId?: string }).schoolId === demo.otherSchoolId)).toBe(false)
})

test('restored into an empty database, every document equals the source and sealed values open there', async () => {
  const target = new SqliteStore(join(dir, 'target.db'))
  const stats = await restoreSchool(target, file, { now: SEED_NOW, keyIds: [ring.current.id] })
  const expected: Array<[string, Record<string, unknown>]> = []
  for await (const [coll, doc] of schoolDocs(source, demo.schoolId)) expected.push([coll, withoutVersion(doc)])
  expect(stats.documents).toBe(expected.length)
  const restored: Array<[string, Record<string, unknown>]> = []
  for await (const [coll, doc] of schoolDocs(target, demo.schoolId)) restored.push([coll, withoutVersion(doc)])
  expect(restored).toEqual(expected)
  const store = new SealedStore(target, createFieldCipher(ring))
  expect((await store.find('contacts', { where: { phone: contact.phone }, limit: 5 })).map((c) => c._id)).toContain(contact._id)
  expect((await store.get('family_sensitive', sensitive._id))?.address).toBe(sensitive.address)
  expect(await target.get('meta', 'schema')).toMatchObject({ version: SCHEMA_VERSION })
  // A second restore into the same (now non-empty) database is refused and changes nothing.
  await expect(restoreSchool(target, file, { now: SEED_NOW, keyIds: [ring.current.id] })).rejects.toThrow('目标数据库不是空的')
  expect(await target.count('students')).toBe(expected.filter(([c]) => c === 'students').length)
  target.close()
})

test('without the key the backup was sealed under, nothing is restored', async () => {
  const target = new SqliteStore(':memory:')
  await expect(restoreSchool(target, file, { now: SEED_NOW, keyIds: ['other'] })).rejects.toThrow(ring.current.id)
  expect(await target.count('schools')).toBe(0)
  target.close()
})
