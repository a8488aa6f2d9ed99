// Files in WeChat cloud storage: bytes under files/<fileId>, metadata (name, owner, size) in `files`.
import { randomBytes } from 'node:crypto'
import type { DocStore } from '../../core/ports/doc-store'
import type { FileStorage } from '../../core/ports/file-storage'
import { typedRepo } from '../../core/ports/typed-repo'
import { FileMetaSchema } from '../../core/model/system.schema'

/** The slice of wx-server-sdk's storage API used here. */
export type CloudFilesApi = {
  uploadFile(p: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(p: { fileID: string }): Promise<{ fileContent: Buffer }>
  getTempFileURL(p: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }>
}

const SAFE_ID = /^f-[A-Za-z0-9_-]{16,}$/

export function createCloudFiles(api: CloudFilesApi, store: DocStore): FileStorage {
  const meta = async (fileId: string) => (SAFE_ID.test(fileId) ? typedRepo(store, 'files', FileMetaSchema).get(fileId) : null)
  return {
    async put(name, bytes, ownerUserId) {
      const fileId = `f-${randomBytes(16).toString('base64url')}`
      // The cloud path carries no personal data: the original name stays in the metadata document.
      const { fileID } = await api.uploadFile({ cloudPath: `files/${fileId}`, fileContent: Buffer.from(bytes) })
      await store.insert('files', { _id: fileId, name, ownerUserId, size: bytes.length, cloudFileId: fileID })
      return { fileId, name, size: bytes.length }
    },
    async adopt(externalId, name, ownerUserId) {
      const fileId = `f-${randomBytes(16).toString('base64url')}`
      await store.insert('files', { _id: fileId, name, ownerUserId, size: 0, cloudFileId: externalId })
      return { fileId, name, size: 0 }
    },
    async get(fileId) {
      const m = await meta(fileId)
      if (!m) return null
      const { fileContent } = await api.downloadFile({ fileID: m.cloudFileId })
      return { name: m.name, ownerUserId: m.ownerUserId, bytes: new Uint8Array(fileContent) }
    },
    async url(fileId) {
      const m = await meta(fileId)
      if (!m) throw new Error('file not found')
      const { fileList } = await api.getTempFileURL({ fileList: [m.cloudFileId] })
      const url = fileList[0]?.tempFileURL
      if (!url) throw new Error('no temporary URL for file')
      return url
    },
  }
}
