// H5 file transfer (the WeChat build uses cloud storage instead): upload raw bytes, download your own.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_UPLOAD_BYTES, uploadExpiry } from '../core/ports/file-storage'
import { identityOf, readBody, safeDecode, sendJson } from './http-io'
import type { LocalServerOptions } from './http-server'

const fail = (res: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>) =>
  sendJson(res, status, { ok: false, error: { code, message } }, headers)

/** Raw bytes, the file's name percent-encoded in x-file-name. */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const identity = identityOf(req, opts.secret)
  if (identity.kind !== 'user') return fail(res, 401, 'AUTH.UNAUTHENTICATED', '请先登录')
  const name = safeDecode(String(req.headers['x-file-name'] ?? 'upload'))
  if (name === null) return fail(res, 400, 'FILE.BAD_NAME', '文件名不正确，请改个名字后重新上传')
  const bytes = await readBody(req, MAX_UPLOAD_BYTES)
  if (!bytes) return fail(res, 413, 'FILE.TOO_LARGE', '文件超过10MB，请减少内容后重新上传', { connection: 'close' })
  if (bytes.length === 0) return fail(res, 400, 'FILE.EMPTY', '文件是空的，请选择正确的文件')
  // An upload is a roster, personal data: sealed on disk and gone within a day.
  const expiresAt = uploadExpiry(opts.clock?.() ?? new Date())
  sendJson(res, 200, { ok: true, data: await opts.files.put(name.slice(0, 100), bytes, identity.userId, { expiresAt }) })
}

/** Files are readable by whoever stored them, and public ones (templates) by anyone. */
export async function handleDownload(fileId: string, req: IncomingMessage, res: ServerResponse, opts: LocalServerOptions) {
  const identity = identityOf(req, opts.secret)
  const file = await opts.files.get(fileId)
  const mayRead = file && (file.ownerUserId === 'public' || (identity.kind === 'user' && identity.userId === file.ownerUserId))
  if (!file || !mayRead) return fail(res, 404, 'FILE.NOT_FOUND', '文件不存在或已过期')
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'cache-control': 'no-store',
  })
  res.end(Buffer.from(file.bytes))
}
