// Files (roster spreadsheets, templates, QR codes): local disk in the local server, cloud storage in WeChat.
export type StoredFile = { fileId: string; name: string; size: number }

export interface FileStorage {
  put(name: string, bytes: Uint8Array, ownerUserId: string): Promise<StoredFile>
  /** null when the file does not exist. */
  get(fileId: string): Promise<{ name: string; bytes: Uint8Array; ownerUserId: string } | null>
  /** A URL the app can download from (local path or a temporary cloud URL). */
  url(fileId: string): Promise<string>
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
