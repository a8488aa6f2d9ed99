// One behaviour suite for every FileStorage adapter: local disk, and cloud storage through a fake API.
import type { FileStorage } from '../../src/core/ports/file-storage'

export type FilesFactory = () => Promise<{
  files: FileStorage
  /** Every byte kept at rest for this file (stored bytes and metadata), as an attacker with a copy sees it. */
  atRest: (fileId: string) => Promise<Buffer>
  cleanup: () => Promise<void>
}>

const NOW = new Date('2026-12-01T02:00:00Z')
const later = (hours: number) => new Date(NOW.getTime() + hours * 3600e3)
export const ROSTER = Buffer.from('学号,姓名,监护人1电话\nT000001,张小明,13812345678\n', 'utf8')

export function describeFileStorageContract(name: string, factory: FilesFactory) {
  describe(`FileStorage contract: ${name}`, () => {
    let files: FileStorage
    let atRest: (fileId: string) => Promise<Buffer>
    let cleanup: () => Promise<void>
    beforeEach(async () => {
      ;({ files, atRest, cleanup } = await factory())
    })
    afterEach(async () => cleanup())

    test('a stored file reads back with its name and owner; unknown and malformed ids are missing', async () => {
      const stored = await files.put('花名册.csv', ROSTER, 'u1', { expiresAt: later(24) })
      expect(stored).toMatchObject({ name: '花名册.csv', size: ROSTER.length })
      const got = await files.get(stored.fileId)
      expect(got && { ...got, bytes: Buffer.from(got.bytes) }).toEqual({ name: '花名册.csv', ownerUserId: 'u1', bytes: ROSTER })
      expect(await files.get('f-AAAAAAAAAAAAAAAAAAAAAA')).toBeNull()
      expect(await files.get('../../etc/passwd')).toBeNull()
    })

    test('an upload is sealed at rest: no name, phone or student number can be read from storage', async () => {
      const { fileId } = await files.put('花名册.csv', ROSTER, 'u1', { expiresAt: later(24) })
      const stored = (await atRest(fileId)).toString('utf8')
      for (const secret of ['13812345678', 'T000001', '张小明', '学号']) expect(stored).not.toContain(secret)
    })

    test('remove deletes the file at once; removing again is harmless', async () => {
      const { fileId } = await files.put('花名册.csv', ROSTER, 'u1', { expiresAt: later(24) })
      await files.remove(fileId)
      expect(await files.get(fileId)).toBeNull()
      expect((await atRest(fileId)).length).toBe(0)
      await expect(files.remove(fileId)).resolves.toBeUndefined()
    })

    test('the purge deletes uploads past their expiry and keeps the rest', async () => {
      const old = await files.put('昨天.csv', ROSTER, 'u1', { expiresAt: later(1) })
      const fresh = await files.put('今天.csv', ROSTER, 'u1', { expiresAt: later(24) })
      const template = await files.put('模板.xlsx', Buffer.from('template'), 'public')
      expect(await files.purgeExpired(later(2))).toBe(1)
      expect(await files.get(old.fileId)).toBeNull()
      expect(await files.get(fresh.fileId)).not.toBeNull()
      expect(await files.get(template.fileId)).not.toBeNull()
      expect(await files.purgeExpired(later(2))).toBe(0)
    })
  })
}
