import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { ensureSealedUnderCurrentKey, resealAll } from '../../src/adapters/crypto/reseal'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import type { DocStore } from '../../src/core/ports/doc-store'
import { legacyIndex, legacySeal } from '../support/legacy-seal'
import { describeDocStoreContract } from './doc-store.suite'

const KEY = 'a'.repeat(64)
const NEW_KEY = 'c'.repeat(64)

// Sealing must not change how the store behaves.
describeDocStoreContract('SQLite behind the sealing layer', async () => {
  const inner = new SqliteStore(':memory:')
  return { store: new SealedStore(inner, createFieldCipher(KEY)), cleanup: async () => inner.close() }
})

const guardian = (id: string, phone: string) => ({ _id: id, schoolId: 's1', ownerType: 'guardian', phone })
const family = (id: string, address: string) => ({ _id: id, schoolId: 's1', categories: ['left_behind'], address })
const raw = async (inner: DocStore, coll: 'contacts' | 'family_sensitive', id: string, field: string) =>
  (await inner.get(coll, id))![field] as string

describe('sealed fields', () => {
  let inner: SqliteStore
  let store: SealedStore
  beforeEach(() => {
    inner = new SqliteStore(':memory:')
    store = new SealedStore(inner, createFieldCipher(KEY))
  })
  afterEach(() => inner.close())

  test('phones, addresses and categories are ciphertext in the engine and plaintext through the port', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    await store.insert('family_sensitive', family('f1', '长胜街道3号'))
    const engine = JSON.stringify([await inner.get('contacts', 'c1'), await inner.get('family_sensitive', 'f1')])
    for (const secret of ['13812345678', '5678', 'left_behind', '长胜']) expect(engine).not.toContain(secret)
    expect(await store.get('contacts', 'c1')).toMatchObject({ phone: '13812345678' })
    expect(await store.get('family_sensitive', 'f1')).toMatchObject({ categories: ['left_behind'], address: '长胜街道3号' })
  })

  test('the same phone encrypts differently each time but is found by equality', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    await store.insert('contacts', { ...guardian('c2', '13812345678'), ownerType: 'staff' })
    expect(await raw(inner, 'contacts', 'c1', 'phone')).not.toEqual(await raw(inner, 'contacts', 'c2', 'phone'))
    const found = await store.find('contacts', { where: { schoolId: 's1', phone: '13812345678' }, limit: 10 })
    expect(found.map((d) => d._id).sort()).toEqual(['c1', 'c2'])
    expect(await store.count('contacts', { phone: { in: ['13900000000', '13812345678'] } })).toBe(2)
  })

  test('a tampered ciphertext is refused, not silently misread', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    const sealed = await raw(inner, 'contacts', 'c1', 'phone')
    await inner.update('contacts', 'c1', { phone: sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA') })
    await expect(store.get('contacts', 'c1')).rejects.toThrow('does not authenticate')
  })

  test('another key cannot read the data', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    const other = new SealedStore(inner, createFieldCipher('b'.repeat(64)))
    await expect(other.get('contacts', 'c1')).rejects.toThrow('not in the key ring')
  })

  test('a ciphertext copied into another family’s document, or another field, is refused', async () => {
    await store.insert('family_sensitive', { ...family('f1', '长胜街道3号'), categories: ['rural_poor'] })
    await store.insert('family_sensitive', family('f2', '青山路8号'))
    await inner.update('family_sensitive', 'f2', { categories: await raw(inner, 'family_sensitive', 'f1', 'categories') })
    await expect(store.get('family_sensitive', 'f2')).rejects.toThrow('sealed field family_sensitive/f2.categories')
    await inner.update('family_sensitive', 'f1', { address: await raw(inner, 'family_sensitive', 'f1', 'categories') })
    await expect(store.get('family_sensitive', 'f1')).rejects.toThrow('does not authenticate')
  })

  test('a plaintext value where a sealed one belongs is refused, by get and by find', async () => {
    await store.insert('family_sensitive', family('f1', '长胜街道3号'))
    await inner.update('family_sensitive', 'f1', { address: 'plaintext injected' })
    await expect(store.get('family_sensitive', 'f1')).rejects.toThrow('not a sealed value')
    await expect(store.find('family_sensitive', { where: { schoolId: 's1' }, limit: 10 })).rejects.toThrow('not a sealed value')
  })

  test('a value with a short tag is refused', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    const [prefix, keyId, body] = (await raw(inner, 'contacts', 'c1', 'phone')).split(':')
    const bytes = Buffer.from(body!, 'base64')
    // The IV and the first 4 bytes of the tag only: what an unpinned tag length would have accepted.
    await inner.update('contacts', 'c1', { phone: `${prefix}:${keyId}:${bytes.subarray(0, 16).toString('base64')}` })
    await expect(store.get('contacts', 'c1')).rejects.toThrow('too short')
  })

  test('clearing a sealed phone clears its lookup hash', async () => {
    await store.insert('contacts', guardian('c1', '13812345678'))
    await store.update('contacts', 'c1', { phone: null })
    expect(await store.count('contacts', { phone: '13812345678' })).toBe(0)
    expect(await store.get('contacts', 'c1')).toMatchObject({ phone: null })
  })

  test('the audit log is append-only', async () => {
    await store.insert('audit_log', { _id: 'a1', at: 'x' })
    await expect(store.update('audit_log', 'a1', { at: 'y' })).rejects.toThrow('append-only')
    await expect(store.remove('audit_log', 'a1')).rejects.toThrow('append-only')
    await expect(store.batch([{ kind: 'remove', coll: 'audit_log', id: 'a1' }])).rejects.toThrow('append-only')
    expect(await store.get('audit_log', 'a1')).toMatchObject({ at: 'x', _v: 1 })
  })
})

describe('key rotation', () => {
  const oldRing = createKeyRing(KEY)
  const ring = createKeyRing(NEW_KEY, [KEY])
  let inner: SqliteStore
  beforeEach(async () => {
    inner = new SqliteStore(':memory:')
    const before = new SealedStore(inner, createFieldCipher(oldRing))
    for (let i = 0; i < 250; i++)
      await before.insert('contacts', guardian(`c${String(i).padStart(3, '0')}`, `138${String(i).padStart(8, '0')}`))
    await before.insert('family_sensitive', family('f1', '长胜街道3号'))
  })
  afterEach(() => inner.close())

  const keyIds = async () => {
    const pages = await Promise.all([0, 100, 200].map((skip) => inner.find('contacts', { limit: 100, skip })))
    return pages.flat().map((d) => String(d.phone).split(':')[1])
  }

  test('re-seals every field and hash under the new key; the old key is then no longer needed', async () => {
    const during = new SealedStore(inner, createFieldCipher(ring))
    expect((await during.find('contacts', { where: { phone: '13800000007' }, limit: 5 })).map((d) => d._id)).toEqual(['c007'])
    expect(await resealAll(inner, ring)).toEqual({ scanned: 251, resealed: 251 })
    expect(new Set(await keyIds())).toEqual(new Set([ring.current.id]))
    const after = new SealedStore(inner, createFieldCipher(NEW_KEY))
    expect((await after.find('contacts', { where: { phone: '13800000249' }, limit: 5 })).map((d) => d._id)).toEqual(['c249'])
    expect(await after.get('family_sensitive', 'f1')).toMatchObject({ address: '长胜街道3号', categories: ['left_behind'] })
    await expect(new SealedStore(inner, createFieldCipher(KEY)).get('contacts', 'c001')).rejects.toThrow('not in the key ring')
    // Safe to run again: nothing left to do.
    expect(await resealAll(inner, ring)).toEqual({ scanned: 251, resealed: 0 })
  })

  test('a crash half way leaves every document readable and findable; running again finishes', async () => {
    let updates = 0
    const crashing: DocStore = Object.assign(Object.create(inner) as DocStore, {
      update: async (...args: Parameters<DocStore['update']>) => {
        if (++updates > 120) throw new Error('power cut')
        return inner.update(...args)
      },
    })
    await expect(resealAll(crashing, ring)).rejects.toThrow('power cut')
    expect(new Set(await keyIds())).toEqual(new Set([ring.current.id, oldRing.current.id]))
    const during = new SealedStore(inner, createFieldCipher(ring))
    expect(await during.count('contacts', { phone: { in: ['13800000003', '13800000200'] } })).toBe(2)
    expect((await during.find('contacts', { limit: 100, skip: 200 })).map((d) => d.phone)).toContain('13800000249')
    expect(await ensureSealedUnderCurrentKey(inner, ring)).toEqual({ scanned: 251, resealed: 131 })
    expect(await ensureSealedUnderCurrentKey(inner, ring)).toBeNull()
  })
})

describe('a database in the first format (enc1, no place binding)', () => {
  let inner: SqliteStore
  beforeEach(async () => {
    inner = new SqliteStore(':memory:')
    await inner.insert('contacts', { ...guardian('c1', legacySeal(KEY, '13812345678')), phoneHash: legacyIndex(KEY, '13812345678') })
    await inner.insert('family_sensitive', { ...family('f1', legacySeal(KEY, '长胜街道3号')), categories: legacySeal(KEY, ['disabled']) })
  })
  afterEach(() => inner.close())

  test('is refused as it is, then upgraded in place and read as before', async () => {
    const ring = createKeyRing(KEY)
    const store = new SealedStore(inner, createFieldCipher(ring))
    await expect(store.get('contacts', 'c1')).rejects.toThrow('old format')
    expect(await ensureSealedUnderCurrentKey(inner, ring)).toEqual({ scanned: 2, resealed: 2 })
    expect(await raw(inner, 'family_sensitive', 'f1', 'address')).toMatch(/^enc2:/)
    expect(await store.get('family_sensitive', 'f1')).toMatchObject({ address: '长胜街道3号', categories: ['disabled'] })
    expect((await store.find('contacts', { where: { phone: '13812345678' }, limit: 5 })).map((d) => d._id)).toEqual(['c1'])
  })
})
