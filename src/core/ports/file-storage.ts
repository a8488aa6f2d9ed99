// Files (roster spreadsheets, templates, QR codes): local disk in the local server, cloud storage in WeChat.
import { RETENTION } from '../retention.rules'
import type { Result } from '../result'

export type StoredFile = { fileId: string; name: string; size: number }

export type PutOptions = {
  /**
   * Set for an upload holding personal data (a roster): it is sealed at rest, never given a download
   * URL, and deleted by `purgeExpired` from this instant on. Without it the file is kept (template, QR).
   */
  expiresAt?: Date
}

export interface FileStorage {
  put(name: string, bytes: Uint8Array, ownerUserId: string, opts?: PutOptions): Promise<StoredFile>
  /** null when the file does not exist. */
  get(fileId: string): Promise<{ name: string; bytes: Uint8Array; ownerUserId: string } | null>
  /**
   * Take over a file the app uploaded straight to platform storage (WeChat: a cloud:// fileID): it is
   * copied into sealed storage, expiring at `expiresAt`, and the original is deleted.
   * FILE.UNSUPPORTED where the platform has no such uploads (locally the app posts to /files instead).
   */
  adopt(externalId: string, name: string, ownerUserId: string, expiresAt: Date): Promise<Result<StoredFile>>
  /** A URL the app can download from (local path or a temporary cloud URL). Not for personal files. */
  url(fileId: string): Promise<string>
  /** Delete now; a missing file is already deleted. */
  remove(fileId: string): Promise<void>
  /** Delete files whose expiry has passed (a bounded batch per call); answers how many. */
  purgeExpired(now: Date): Promise<number>
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Uploaded rosters are personal data: kept a day at most, whether or not the import went ahead. */
export const UPLOAD_TTL_MS = RETENTION.uploads.ms
export const uploadExpiry = (now: Date) => new Date(now.getTime() + UPLOAD_TTL_MS)

/** Where a user's own uploads go in platform storage; the server only adopts files under it. */
export const uploadPrefix = (userId: string) => `uploads/${userId}/`

/** Random, unguessable file ids; anything else is refused before it can reach a path or a query. */
export const FILE_ID = /^f-[A-Za-z0-9_-]{16,}$/
