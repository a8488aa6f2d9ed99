import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { describeDocStoreContract } from './doc-store.suite'

describeDocStoreContract('SQLite (better-sqlite3)', async () => {
  const store = new SqliteStore(':memory:')
  return { store, cleanup: async () => store.close() }
})

describe('SQLite specifics', () => {
  test('data survives closing and reopening the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jf-'))
    try {
      const first = new SqliteStore(join(dir, 'db.sqlite'))
      await first.insert('schools', { _id: 's1', name: '青山小学' })
      first.close()
      const second = new SqliteStore(join(dir, 'db.sqlite'))
      expect(await second.get('schools', 's1')).toMatchObject({ name: '青山小学', _v: 1 })
      second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the declared unique index refuses a second student with the same number in one school', async () => {
    const store = new SqliteStore(':memory:')
    expect(await store.insert('students', { _id: 'a', schoolId: 's1', studentNo: '001' })).toBe('ok')
    expect(await store.insert('students', { _id: 'b', schoolId: 's1', studentNo: '001' })).toBe('duplicate')
    expect(await store.insert('students', { _id: 'c', schoolId: 's2', studentNo: '001' })).toBe('ok')
    store.close()
  })

  test('field names that could inject SQL are refused', async () => {
    const store = new SqliteStore(':memory:')
    await expect(store.find('students', { where: { "x') OR 1=1 --": 1 }, limit: 1 })).rejects.toThrow('bad field name')
    store.close()
  })
})
