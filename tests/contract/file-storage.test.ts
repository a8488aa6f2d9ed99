import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCloudFiles, type CloudFilesApi } from '../../src/adapters/cloud/cloud-files'
import { createBlobCipher } from '../../src/adapters/crypto/blob-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { resealDiskFiles } from '../../src/adapters/local-files/disk-reseal'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { describeFileStorageContract, ROSTER } from './file-storage.suite'

const ring = createKeyRing('a'.repeat(64))
const NOW = new Date('2026-12-01T02:00:00Z')
const DAY = 24 * 3600e3
const tempDir = () => mkdtempSync(join(tmpdir(), 'jf-files-'))
const read = (path: string) => (existsSync(path) ? readFileSync(path) : Buffer.alloc(0))

function fakeCloudStorage() {
  const blobs = new Map<string, Buffer>()
  const api: CloudFilesApi = {
    async uploadFile({ cloudPath, fileContent }) {
      blobs.set(`cloud://env-1.abc/${cloudPath}`, Buffer.from(fileContent))
      return { fileID: `cloud://env-1.abc/${cloudPath}` }
    },
    async downloadFile({ fileID }) {
      const content = blobs.get(fileID)
      if (!content) throw new Error('STORAGE_FILE_NONEXIST')
      return { fileContent: content }
    },
    async getTempFileURL({ fileList }) {
      return { fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.slice(8)}`, status: 0 })) }
    },
    async deleteFile({ fileList }) {
      return { fileList: fileList.map((fileID) => ({ fileID, status: blobs.delete(fileID) ? 0 : -1 })) }
    },
  }
  return { api, blobs }
}

describeFileStorageContract('local disk', async () => {
  const dir = tempDir()
  const files = createDiskStorage(dir, ring)
  return {
    files,
    atRest: async (id) => Buffer.concat([read(join(dir, id)), read(join(dir, `${id}.json`))]),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
})

describeFileStorageContract('cloud storage', async () => {
  const store = new SqliteStore(':memory:')
  const { api, blobs } = fakeCloudStorage()
  const meta = async (id: string) => {
    const doc = await store.get('files', id)
    return doc ? Buffer.from(JSON.stringify(doc)) : Buffer.alloc(0)
  }
  return {
    files: createCloudFiles(api, store, createBlobCipher(ring)),
    atRest: async (id) => Buffer.concat([...[...blobs].filter(([k]) => k.includes(id)).map(([, v]) => v), await meta(id)]),
    cleanup: async () => store.close(),
  }
})

describe('cloud storage: uploads from the app', () => {
  const original = 'cloud://env-1.abc/uploads/u1/1733-roster.csv'
  let store: SqliteStore
  let cloud: ReturnType<typeof fakeCloudStorage>
  beforeEach(() => {
    store = new SqliteStore(':memory:')
    cloud = fakeCloudStorage()
  })
  afterEach(() => store.close())
  const files = () => createCloudFiles(cloud.api, store, createBlobCipher(ring))

  test('an adopted upload is copied sealed, its original deleted, and it gets no download URL', async () => {
    cloud.blobs.set(original, ROSTER)
    const adopted = await files().adopt(original, 'roster.csv', 'u1', new Date(NOW.getTime() + DAY))
    if (!adopted.ok) throw new Error(adopted.error.message)
    expect(cloud.blobs.has(original)).toBe(false)
    expect([...cloud.blobs.values()].map((b) => b.includes(Buffer.from('13812345678')))).toEqual([false])
    expect(Buffer.from((await files().get(adopted.data.fileId))!.bytes)).toEqual(ROSTER)
    await expect(files().url(adopted.data.fileId)).rejects.toThrow('no download URL')
  })

  test('an upload over 10 MB is refused and deleted', async () => {
    cloud.blobs.set(original, Buffer.alloc(11 * 1024 * 1024))
    const res = await files().adopt(original, 'roster.xlsx', 'u1', new Date(NOW.getTime() + DAY))
    expect(res).toMatchObject({ ok: false, error: { code: 'FILE.TOO_LARGE' } })
    expect(cloud.blobs.size).toBe(0)
    expect(await store.count('files')).toBe(0)
  })

  test('if adopting dies half way, the purge still deletes the original after a day', async () => {
    cloud.blobs.set(original, ROSTER)
    const broken = { ...cloud.api, uploadFile: async () => Promise.reject(new Error('network')) }
    await expect(
      createCloudFiles(broken, store, createBlobCipher(ring)).adopt(original, 'r.csv', 'u1', new Date(NOW.getTime() + DAY)),
    ).rejects.toThrow()
    expect(await files().purgeExpired(new Date(NOW.getTime() + DAY))).toBe(1)
    expect(cloud.blobs.size).toBe(0)
  })

  test('the template stays plain and downloadable by URL', async () => {
    const stored = await files().put('模板.xlsx', Buffer.from('PK template'), 'public')
    expect(await files().url(stored.fileId)).toMatch(/^https:\/\/tmp\.example\/env-1\.abc\/files\/f-/)
    expect([...cloud.blobs.values()]).toEqual([Buffer.from('PK template')])
  })
})

describe('local disk: files from older versions and older keys', () => {
  let dir: string
  beforeEach(() => (dir = tempDir()))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const legacy = (id: string) => {
    writeFileSync(join(dir, id), ROSTER)
    writeFileSync(join(dir, `${id}.json`), JSON.stringify({ name: 'roster.csv', ownerUserId: 'u1', size: ROSTER.length }))
  }

  test('a file written in clear is refused, then sealed by the upgrade and gone a day later', async () => {
    const id = 'f-legacyAAAAAAAAAAAAAAAA'
    legacy(id)
    const files = createDiskStorage(dir, ring)
    await expect(files.get(id)).rejects.toThrow('not sealed')
    expect(resealDiskFiles(dir, ring, NOW)).toEqual({ scanned: 1, resealed: 1 })
    expect(Buffer.from((await files.get(id))!.bytes)).toEqual(ROSTER)
    expect(read(join(dir, id)).includes(Buffer.from('13812345678'))).toBe(false)
    expect(await files.purgeExpired(new Date(NOW.getTime() + DAY))).toBe(1)
  })

  test('an upgrade interrupted between its two writes is finished, not sealed twice', async () => {
    const id = 'f-legacyBBBBBBBBBBBBBBBB'
    legacy(id)
    writeFileSync(join(dir, id), createBlobCipher(ring).seal(ROSTER, `${id}/bytes`))
    resealDiskFiles(dir, ring, NOW)
    expect(Buffer.from((await createDiskStorage(dir, ring).get(id))!.bytes)).toEqual(ROSTER)
  })

  test('a rotation re-seals every file under the new key', async () => {
    const { fileId } = await createDiskStorage(dir, ring).put('模板.xlsx', Buffer.from('PK template'), 'public')
    const next = createKeyRing('c'.repeat(64), ['a'.repeat(64)])
    expect(resealDiskFiles(dir, next, NOW)).toEqual({ scanned: 1, resealed: 1 })
    expect(resealDiskFiles(dir, next, NOW)).toEqual({ scanned: 1, resealed: 0 })
    const onlyNew = createDiskStorage(dir, createKeyRing('c'.repeat(64)))
    expect(Buffer.from((await onlyNew.get(fileId))!.bytes).toString()).toBe('PK template')
  })

  test('one file’s bytes copied over another’s do not open', async () => {
    const files = createDiskStorage(dir, ring)
    const a = await files.put('a.csv', ROSTER, 'u1', { expiresAt: NOW })
    const b = await files.put('b.csv', Buffer.from('other'), 'u2', { expiresAt: NOW })
    copyFileSync(join(dir, a.fileId), join(dir, b.fileId))
    await expect(files.get(b.fileId).then((f) => f?.bytes)).rejects.toThrow('does not authenticate')
  })
})
