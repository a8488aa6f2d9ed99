import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { describeDocStoreContract } from './doc-store.suite'

const KEY = 'a'.repeat(64)

// Sealing must not change how the store behaves.
describeDocStoreContract('SQLite behind the sealing layer', async () => {
  const inner = new SqliteStore(':memory:')
  return { store: new SealedStore(inner, createFieldCipher(KEY)), cleanup: async () => inner.close() }
})

describe('sealed fields', () => {
  let inner: SqliteStore
  let store: SealedStore
  beforeEach(() => {
    inner = new SqliteStore(':memory:')
    store = new SealedStore(inner, createFieldCipher(KEY))
  })
  afterEach(() => inner.close())

  test('phones, addresses and categories are ciphertext in the engine and plaintext through the port', async () => {
    await store.insert('contacts', { _id: 'c1', schoolId: 's1', ownerType: 'guardian', phone: '13812345678' })
    await store.insert('family_sensitive', { _id: 'f1', schoolId: 's1', categories: ['left_behind'], address: '长胜街道3号' })
    const raw = JSON.stringify([await inner.get('contacts', 'c1'), await inner.get('family_sensitive', 'f1')])
    for (const secret of ['13812345678', '5678', 'left_behind', '长胜']) expect(raw).not.toContain(secret)
    expect(await store.get('contacts', 'c1')).toMatchObject({ phone: '13812345678' })
    expect(await store.get('family_sensitive', 'f1')).toMatchObject({ categories: ['left_behind'], address: '长胜街道3号' })
  })

  test('the same phone encrypts differently each time but is found by equality', async () => {
    await store.insert('contacts', { _id: 'c1', schoolId: 's1', ownerType: 'guardian', phone: '13812345678' })
    await store.insert('contacts', { _id: 'c2', schoolId: 's1', ownerType: 'staff', phone: '13812345678' })
    const [a, b] = [await inner.get('contacts', 'c1'), await inner.get('contacts', 'c2')]
    expect(a!.phone).not.toEqual(b!.phone)
    const found = await store.find('contacts', { where: { schoolId: 's1', phone: '13812345678' }, limit: 10 })
    expect(found.map((d) => d._id).sort()).toEqual(['c1', 'c2'])
    expect(await store.count('contacts', { phone: { in: ['13900000000', '13812345678'] } })).toBe(2)
  })

  test('a tampered ciphertext is refused, not silently misread', async () => {
    await store.insert('contacts', { _id: 'c1', schoolId: 's1', ownerType: 'guardian', phone: '13812345678' })
    const raw = (await inner.get('contacts', 'c1'))!.phone as string
    await inner.update('contacts', 'c1', { phone: raw.slice(0, -4) + (raw.endsWith('AAAA') ? 'BBBB' : 'AAAA') })
    await expect(store.get('contacts', 'c1')).rejects.toThrow()
  })

  test('another key cannot read the data', async () => {
    await store.insert('contacts', { _id: 'c1', schoolId: 's1', ownerType: 'guardian', phone: '13812345678' })
    const other = new SealedStore(inner, createFieldCipher('b'.repeat(64)))
    await expect(other.get('contacts', 'c1')).rejects.toThrow()
  })

  test('the audit log is append-only', async () => {
    await store.insert('audit_log', { _id: 'a1', at: 'x' })
    await expect(store.update('audit_log', 'a1', { at: 'y' })).rejects.toThrow('append-only')
    await expect(store.remove('audit_log', 'a1')).rejects.toThrow('append-only')
    await expect(store.batch([{ kind: 'remove', coll: 'audit_log', id: 'a1' }])).rejects.toThrow('append-only')
    expect(await store.get('audit_log', 'a1')).toMatchObject({ at: 'x', _v: 1 })
  })
})
