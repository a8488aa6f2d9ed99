import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { CHECKPOINTS } from '../../src/adapters/sqlite/checkpointer'
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

  test('a copy of the database file alone, taken once it is closed, holds every write (even while another connection checkpoints)', async () => {
    // The loss needs the close to meet the other connection mid-checkpoint: several rounds make that
    // near certain (without the fix, 3 rounds in 4 lost writes here).
    for (let round = 0; round < 6; round++) expect(await rowsInCopyAfterClose(8_000)).toBe(8_000)
  }, 60_000)

  test('under writes that never pause, the write-ahead log starts again from its beginning and loses nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jf-'))
    const path = join(dir, 'db.sqlite')
    // The server's policy, scaled down: a long log is 200 pages, a steady load 50 ms.
    const store = new SqliteStore(path, { checkpoints: { ...CHECKPOINTS, restartPages: 200, sustainedMs: 50 } })
    const doc = (i: number) => ({ _id: `s${i}`, name: '青山'.repeat(1000) })
    let written = 0
    // Small commits, one after another, for at most 20 s: the worker copies in the background meanwhile.
    for (const end = Date.now() + 20_000; store.logRestarts.count < 2 && Date.now() < end; written++) {
      expect(await store.insert('schools', doc(written))).toBe('ok')
      if (written % 200 === 0) await new Promise((r) => setTimeout(r, 1))
    }
    expect(store.logRestarts.count).toBeGreaterThanOrEqual(2)
    expect(await store.count('schools', {})).toBe(written)
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }, 30_000)

  test('an update sets only its fields, any value exactly, and a field set to undefined is gone', async () => {
    const store = new SqliteStore(':memory:')
    const kept = { name: '王小明', score: 0.1 + 0.2, big: 2 ** 53 - 1, tags: ['a', '"引号"'], at: null, nested: { x: [1, { y: '\\n' }] } }
    await store.insert('students', { _id: 'a', ...kept, note: '旧', gone: 'x' })
    const set = { note: '新 “备注”\n😀', list: [{ k: 1 }], flag: false, empty: null, gone: undefined, 'a.b': 1 }
    expect(await store.update('students', 'a', set, 1)).toBe(true)
    const doc = await store.get('students', 'a')
    expect(doc).toEqual({ _id: 'a', _v: 2, ...kept, note: set.note, list: set.list, flag: false, empty: null, 'a.b': 1 })
    expect(doc).not.toHaveProperty('gone')
    expect(await store.update('students', 'a', { note: '旧版本' }, 1)).toBe(false)
    expect(await store.update('students', 'a', { _v: 99, _id: 'b', note: '再改' })).toBe(true)
    expect(await store.get('students', 'a')).toMatchObject({ _id: 'a', _v: 3, note: '再改' })
    store.close()
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

/** Writes `rows`, closes the store while another connection checkpoints nonstop, copies the file alone and counts. */
async function rowsInCopyAfterClose(rows: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'jf-'))
  const path = join(dir, 'db.sqlite')
  const store = new SqliteStore(path)
  // Holds SQLite's checkpoint lock most of the time, as the engine's own checkpoint worker does while a
  // large log is being written (the benchmark's generator).
  const busy = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads')
     const db = new (require(workerData.module))(workerData.path)
     parentPort.postMessage('ready')
     for (const end = Date.now() + 5000; Date.now() < end; ) db.pragma('wal_checkpoint(PASSIVE)')`,
    { eval: true, workerData: { path, module: require.resolve('better-sqlite3') } },
  )
  try {
    await new Promise((resolve) => busy.once('message', resolve))
    for (let i = 0; i < rows; i += 1000) {
      const doc = (k: number) => ({ _id: `s${i + k}`, name: '青山'.repeat(100) })
      const ops = Array.from({ length: 1000 }, (_, k) => ({ kind: 'insert' as const, coll: 'schools' as const, doc: doc(k) }))
      expect(await store.batch(ops)).toEqual({ ok: true })
    }
    store.close()
    copyFileSync(path, join(dir, 'copy.sqlite'))
    const copy = new SqliteStore(join(dir, 'copy.sqlite'))
    const n = await copy.count('schools', {})
    copy.close()
    return n
  } finally {
    await busy.terminate()
    rmSync(dir, { recursive: true, force: true })
  }
}
