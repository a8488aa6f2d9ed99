// Key rotation as the cloud scheduler runs it: a bounded slice per run, resuming from `meta/reseal`
// after each run and after a crash mid-slice, until every sealed value is under the new key.
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { ensureSealedUnderCurrentKey } from '../../src/adapters/crypto/reseal'
import { resealSlice } from '../../src/adapters/crypto/reseal-slice'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import type { Doc } from '../../src/core/ports/doc-store'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { demo } from '../support/demo'
import { SEED_NOW } from '../support/test-server'

jest.setTimeout(60_000)
const OLD = 'a'.repeat(64)
const NEW = 'b'.repeat(64)
const rotated = createKeyRing(NEW, [OLD])
const contact = (demo.data.contacts as Array<{ _id: string; phone: string }>).find((c) => c.phone)!

class CrashingStore extends SqliteStore {
  crashAfter = Infinity
  override async update(...args: Parameters<SqliteStore['update']>) {
    if (args[0] !== 'meta' && --this.crashAfter < 0) throw new Error('function timed out')
    return super.update(...args)
  }
}

async function sealedKeys(engine: SqliteStore) {
  const ids = new Set<string>()
  for (const coll of ['contacts', 'family_sensitive'] as const) {
    let docs: Doc[] = []
    for (let skip = 0; skip === 0 || docs.length === 100; skip += 100) {
      docs = await engine.find(coll, { limit: 100, skip, orderBy: [['_id', 'asc']] })
      for (const d of docs) for (const v of [d.phone, d.categories]) if (typeof v === 'string') ids.add(v.split(':')[1]!)
    }
  }
  return ids
}

test('runs of 300 documents, one cut off mid-slice, finish the rotation without starting over', async () => {
  const engine = new CrashingStore(':memory:')
  await seedDemoIfEmpty(new SealedStore(engine, createFieldCipher(createKeyRing(OLD))), SEED_NOW, { coverage: false })
  await ensureSealedUnderCurrentKey(engine, createKeyRing(OLD))
  const total = (await engine.count('contacts')) + (await engine.count('family_sensitive'))

  const first = await resealSlice(engine, rotated, 300)
  expect(first).toMatchObject({ scanned: 300, done: false })
  expect((await sealedKeys(engine)).size).toBe(2) // half way: both keys at rest, both in the ring
  engine.crashAfter = 50
  await expect(resealSlice(engine, rotated, 300)).rejects.toThrow('function timed out')
  engine.crashAfter = Infinity

  let scanned = first.scanned
  for (let run = 0; run < 20; run++) {
    const r = await resealSlice(engine, rotated, 300)
    scanned += r.scanned
    if (r.done) break
  }
  // Resumed from the cursor: each document read about once (the crashed slice's page read again).
  expect(scanned).toBeLessThan(total + 300)
  expect(await sealedKeys(engine)).toEqual(new Set([rotated.current.id]))
  expect(await engine.get('meta', 'reseal')).toBeNull()
  expect(await resealSlice(engine, rotated, 300)).toEqual({ resealed: 0, scanned: 0, done: true })
  // Readable and findable under the new key alone.
  const store = new SealedStore(engine, createFieldCipher(createKeyRing(NEW)))
  expect((await store.find('contacts', { where: { phone: contact.phone }, limit: 5 })).map((c) => c._id)).toContain(contact._id)
  engine.close()
})
