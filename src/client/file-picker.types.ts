import type { Result } from '../core/result'

/** A file the user chose, already uploaded: H5 to the local server, WeChat to cloud storage. */
export type UploadedFile = { fileId: string; name: string; size: number }

export type FilePicker = {
  /** Resolves null when the user cancels. */
  pickAndUpload: (opts: { extensions: string[] }) => Promise<Result<UploadedFile> | null>
  /** Opens or downloads a file the server handed out (a template, an export). */
  openFile: (url: string, name: string) => Promise<Result<true>>
}
