// Files in WeChat cloud storage: bytes under files/<fileId>, metadata (name, owner, size) in `files`.
// Uploads holding personal data (rosters) are sealed before they reach storage and never get a URL;
// the template and QR codes, which hold none, stay plain so the app can download them by URL.
import { randomBytes } from 'node:crypto'
import type { DocStore } from '../../core/ports/doc-store'
import { FILE_ID, MAX_UPLOAD_BYTES, type FileStorage } from '../../core/ports/file-storage'
import { err, Errors, ok } from '../../core/result'
import type { BlobCipher } from '../crypto/blob-cipher'
import { typedRepo } from '../../core/ports/typed-repo'
import { FileMetaSchema, type FileMeta } from '../../core/model/system.schema'

/** The slice of wx-server-sdk's storage API used here. */
export type CloudFilesApi = {
  uploadFile(p: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  downloadFile(p: { fileID: string }): Promise<{ fileContent: Buffer }>
  getTempFileURL(p: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }>
  deleteFile(p: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number }> }>
}

/** A file's metadata as written (the engine adds the version). */
type FileRecord = Omit<FileMeta, '_v'>

const PURGE_BATCH = 50
const newFileId = () => `f-${randomBytes(16).toString('base64url')}`
const TOO_LARGE = '文件太大（超过10MB）。请删去表格中多余的工作表和空行，或按年级拆分成几个文件后分别导入'

export function createCloudFiles(api: CloudFilesApi, store: DocStore, cipher: BlobCipher): FileStorage {
  const files = typedRepo(store, 'files', FileMetaSchema)
  const meta = async (fileId: string) => (FILE_ID.test(fileId) ? files.get(fileId) : null)
  const place = (fileId: string) => `${fileId}/bytes`
  const drop = async (m: FileRecord) => {
    const ids = [m.cloudFileId, m.originalCloudFileId].filter((x): x is string => !!x)
    if (ids.length) await api.deleteFile({ fileList: ids })
    await store.remove('files', m._id)
  }
  const upload = async (fileId: string, bytes: Uint8Array, sealed: boolean) => {
    const content = Buffer.from(sealed ? cipher.seal(bytes, place(fileId)) : bytes)
    // The cloud path carries no personal data: the original name stays in the metadata document.
    return (await api.uploadFile({ cloudPath: `files/${fileId}`, fileContent: content })).fileID
  }
  return {
    async put(name, bytes, ownerUserId, opts = {}) {
      const fileId = newFileId()
      const sealed = !!opts.expiresAt
      const cloudFileId = await upload(fileId, bytes, sealed)
      const doc = {
        _id: fileId,
        name,
        ownerUserId,
        size: bytes.length,
        cloudFileId,
        sealed,
        expiresAt: opts.expiresAt?.toISOString() ?? null,
      }
      await store.insert('files', doc)
      return { fileId, name, size: bytes.length }
    },
    async adopt(externalId, name, ownerUserId, expiresAt) {
      const fileId = newFileId()
      // Recorded first, so the purge deletes the original even if this call dies half way.
      const doc: FileRecord = { _id: fileId, name, ownerUserId, size: 0, cloudFileId: null, originalCloudFileId: externalId }
      await store.insert('files', { ...doc, sealed: true, expiresAt: expiresAt.toISOString() })
      const original = await api.downloadFile({ fileID: externalId }).catch(() => null)
      if (!original) return (await store.remove('files', fileId), Errors.notFound('文件'))
      if (original.fileContent.length > MAX_UPLOAD_BYTES) return (await drop(doc), err('FILE.TOO_LARGE', TOO_LARGE))
      const cloudFileId = await upload(fileId, original.fileContent, true)
      await store.update('files', fileId, { cloudFileId, size: original.fileContent.length })
      await api.deleteFile({ fileList: [externalId] })
      return ok({ fileId, name, size: original.fileContent.length })
    },
    async get(fileId) {
      const m = await meta(fileId)
      if (!m?.cloudFileId) return null
      const { fileContent } = await api.downloadFile({ fileID: m.cloudFileId })
      const bytes = m.sealed ? cipher.open(fileContent, place(fileId)) : new Uint8Array(fileContent)
      return { name: m.name, ownerUserId: m.ownerUserId, bytes }
    },
    async url(fileId) {
      const m = await meta(fileId)
      if (!m?.cloudFileId) throw new Error('file not found')
      if (m.sealed) throw new Error('a sealed file has no download URL')
      const { fileList } = await api.getTempFileURL({ fileList: [m.cloudFileId] })
      const url = fileList[0]?.tempFileURL
      if (!url) throw new Error('no temporary URL for file')
      return url
    },
    async remove(fileId) {
      const m = await meta(fileId)
      if (m) await drop(m)
    },
    async purgeExpired(now) {
      const due = await store.find('files', { where: { expiresAt: { lte: now.toISOString() } }, limit: PURGE_BATCH })
      let n = 0
      // A storage error leaves that file for the next run rather than stopping the scheduler.
      for (const m of due)
        if (
          await drop(m as unknown as FileMeta).then(
            () => true,
            () => false,
          )
        )
          n++
      return n
    },
  }
}
