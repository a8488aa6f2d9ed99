// Files (roster spreadsheets, templates, QR codes): local disk in the local server, cloud storage in WeChat.
export type StoredFile = { fileId: string; name: string; size: number }

export interface FileStorage {
  put(name: string, bytes: Uint8Array, ownerUserId: string): Promise<StoredFile>
  /** null when the file does not exist. */
  get(fileId: string): Promise<{ name: string; bytes: Uint8Array; ownerUserId: string } | null>
  /**
   * Take over a file the app uploaded straight to platform storage (WeChat: a cloud:// fileID).
   * null where the platform has no such uploads (locally the app posts to /files instead).
   */
  adopt(externalId: string, name: string, ownerUserId: string): Promise<StoredFile | null>
  /** A URL the app can download from (local path or a temporary cloud URL). */
  url(fileId: string): Promise<string>
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Where a user's own uploads go in platform storage; the server only adopts files under it. */
export const uploadPrefix = (userId: string) => `uploads/${userId}/`
