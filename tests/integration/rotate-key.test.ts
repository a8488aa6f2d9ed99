// The local key and `npm run rotate-key`, end to end on a SQLite database file and its files folder:
// a database from an older version (enc1, key in .data/) is upgraded on start, then rotated; a rotation
// that crashes half way leaves everything readable and is finished by running the command again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher, type FieldCipher } from '../../src/adapters/crypto/field-cipher'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import type { CollectionName } from '../../src/core/collections'
import type { Doc, DocStore } from '../../src/core/ports/doc-store'
import { localKeyRing, localPaths, type LocalPaths } from '../../src/server/local-keys'
import { bringUpToDate, rotateKey } from '../../src/server/rotate-key'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { demo } from '../support/demo'
import { legacyIndex, legacySeal } from '../support/legacy-seal'
import { SEED_NOW } from '../support/test-server'

jest.setTimeout(60_000)
const OLD_KEY = 'd'.repeat(64)
const NO_ENV = {}
const contact = (demo.data.contacts as Array<{ _id: string; phone: string }>).find((c) => c.phone)!
const family = (demo.data.family_sensitive as Array<{ _id: string; address: string | null }>).find((f) => f.address)!

/** The first sealed format, as versions before the key ring wrote it. */
const legacyCipher = {
  seal: (value: unknown) => legacySeal(OLD_KEY, value),
  blindIndex: (value: string) => legacyIndex(OLD_KEY, value),
} as unknown as FieldCipher

/** A checkout of an older version after `npm start`: enc1 database, plaintext upload, key inside .data/. */
async function olderCheckout(): Promise<LocalPaths> {
  const paths = localPaths(mkdtempSync(join(tmpdir(), 'jf-root-')), NO_ENV)
  mkdirSync(paths.filesDir, { recursive: true })
  writeFileSync(join(paths.dataDir, 'data-key'), OLD_KEY, { mode: 0o600 })
  const engine = new SqliteStore(paths.dbPath)
  await seedDemoIfEmpty(new SealedStore(engine, legacyCipher), SEED_NOW, { coverage: false })
  engine.close()
  writeFileSync(join(paths.filesDir, 'f-oldUploadAAAAAAAAAAAA'), `学号,监护人1电话\nT1,${contact.phone}\n`)
  writeFileSync(join(paths.filesDir, 'f-oldUploadAAAAAAAAAAAA.json'), JSON.stringify({ name: 'r.csv', ownerUserId: 'u1', size: 30 }))
  return paths
}

/** Reads as the local server does: a phone lookup and a family's address, with the keys it would load. */
async function readBack(paths: LocalPaths) {
  const engine = new SqliteStore(paths.dbPath)
  try {
    const store = new SealedStore(engine, createFieldCipher(localKeyRing(paths, NO_ENV)))
    const found = await store.find('contacts', { where: { phone: contact.phone }, limit: 5 })
    return { contactIds: found.map((c) => c._id), address: (await store.get('family_sensitive', family._id))?.address }
  } finally {
    engine.close()
  }
}

async function allOf(store: DocStore, coll: CollectionName) {
  const docs: Doc[] = []
  for (;;) {
    const page = await store.find(coll, { limit: 100, skip: docs.length })
    docs.push(...page)
    if (page.length < 100) return docs
  }
}

/** `enc1`, or `enc2:<key id>`, of every sealed value at rest. */
const keyIdsAtRest = async (paths: LocalPaths) => {
  const engine = new SqliteStore(paths.dbPath)
  const values = [
    ...(await allOf(engine, 'contacts')).map((c) => c.phone),
    ...(await allOf(engine, 'family_sensitive')).map((f) => f.categories),
  ]
  engine.close()
  return new Set(values.map((v) => String(v).split(':').slice(0, 2).join(':')))
}

class CrashingStore extends SqliteStore {
  private writes = 0
  constructor(
    path: string,
    private readonly crashAfter: number,
  ) {
    super(path)
  }
  override async update(...args: Parameters<SqliteStore['update']>) {
    if (++this.writes > this.crashAfter) throw new Error('power cut')
    return super.update(...args)
  }
}

test('an older checkout: the key leaves .data/, and the first start upgrades database and files in place', async () => {
  const paths = await olderCheckout()
  const ring = localKeyRing(paths, NO_ENV)
  expect(existsSync(join(paths.dataDir, 'data-key'))).toBe(false)
  expect(readFileSync(join(paths.keysDir, 'data-key'), 'utf8')).toBe(OLD_KEY)
  expect(statSync(join(paths.keysDir, 'data-key')).mode & 0o777).toBe(0o600)
  const engine = new SqliteStore(paths.dbPath)
  const report = await bringUpToDate(engine, paths, ring, { now: SEED_NOW, env: NO_ENV })
  engine.close()
  expect(report.database!.resealed).toBeGreaterThan(0)
  expect(report.files).toEqual({ scanned: 1, resealed: 1 })
  expect(await keyIdsAtRest(paths)).toEqual(new Set([`enc2:${ring.current.id}`]))
  expect(await readBack(paths)).toEqual({ contactIds: [contact._id], address: family.address })
  expect(readdirSync(paths.dataDir).filter((f) => !f.startsWith('jiafang.db'))).toEqual(['files'])
})

test('rotate-key re-seals everything under a new key; the old key is then dropped and opens nothing', async () => {
  const paths = await olderCheckout()
  const report = await rotateKey(paths, (p) => new SqliteStore(p), { now: SEED_NOW, env: NO_ENV })
  const newKey = readFileSync(join(paths.keysDir, 'data-key'), 'utf8')
  expect(newKey).not.toBe(OLD_KEY)
  expect(existsSync(join(paths.keysDir, 'data-keys-old'))).toBe(false)
  expect(await keyIdsAtRest(paths)).toEqual(new Set([`enc2:${report.keyId}`]))
  expect(await readBack(paths)).toEqual({ contactIds: [contact._id], address: family.address })
  const upload = await createDiskStorage(paths.filesDir, localKeyRing(paths, NO_ENV)).get('f-oldUploadAAAAAAAAAAAA')
  expect(Buffer.from(upload!.bytes).toString()).toContain(contact.phone)
  const engine = new SqliteStore(paths.dbPath)
  await expect(new SealedStore(engine, createFieldCipher(OLD_KEY)).get('contacts', contact._id)).rejects.toThrow('not in the key ring')
  engine.close()
})

test('a rotation that crashes half way leaves everything readable; running it again finishes it', async () => {
  const paths = await olderCheckout()
  const first = new SqliteStore(paths.dbPath)
  await bringUpToDate(first, paths, localKeyRing(paths, NO_ENV), { now: SEED_NOW, env: NO_ENV })
  first.close()
  await expect(rotateKey(paths, (p) => new CrashingStore(p, 300), { now: SEED_NOW, env: NO_ENV })).rejects.toThrow('power cut')
  const pendingKey = readFileSync(join(paths.keysDir, 'data-key'), 'utf8')
  expect(readFileSync(join(paths.keysDir, 'data-keys-old'), 'utf8')).toBe(OLD_KEY)
  expect((await keyIdsAtRest(paths)).size).toBe(2) // some values under the new key, the rest under the old
  // Every document opens with the keys the local server would load, and lookups find them all.
  const engine = new SqliteStore(paths.dbPath)
  const store = new SealedStore(engine, createFieldCipher(localKeyRing(paths, NO_ENV)))
  const contacts = await allOf(store, 'contacts')
  expect(await allOf(store, 'family_sensitive')).toHaveLength(224)
  const phones = [...new Set(contacts.map((c) => String(c.phone)))]
  const found = await Promise.all(phones.map((phone) => store.count('contacts', { phone })))
  expect(found.reduce((a, b) => a + b, 0)).toBe(contacts.length)
  engine.close()

  const log: string[] = []
  const report = await rotateKey(paths, (p) => new SqliteStore(p), { now: SEED_NOW, env: NO_ENV, log: (l) => log.push(l) })
  expect(log).toEqual(['上次的密钥轮换没有完成，现在继续（不再生成新密钥）。'])
  expect(report.database!.resealed).toBeGreaterThan(0)
  expect(readFileSync(join(paths.keysDir, 'data-key'), 'utf8')).toBe(pendingKey)
  expect(existsSync(join(paths.keysDir, 'data-keys-old'))).toBe(false)
  expect(await keyIdsAtRest(paths)).toEqual(new Set([`enc2:${report.keyId}`]))
  expect(await readBack(paths)).toEqual({ contactIds: [contact._id], address: family.address })
})
