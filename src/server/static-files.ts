import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf'])
/** Build output named `name.<8+ hex>.ext` never changes under the same name: cache it for a year. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

/** Serve the H5 build; unknown paths fall back to index.html (the app routes by hash). `path` is already decoded. */
export function serveStatic(root: string, path: string, req: IncomingMessage, res: ServerResponse) {
  let file = join(root, normalize(path).replace(/^([/\\])+/, ''))
  if (!file.startsWith(root + sep) && file !== root) return notFound(res)
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    return res.end('H5 应用尚未构建：请先运行 npm run build:h5')
  }
  const ext = extname(file)
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  }
  const body = COMPRESSIBLE.has(ext) ? precompressed(file, req.headers['accept-encoding']) : { path: file, encoding: null }
  if (body.encoding) headers['content-encoding'] = body.encoding
  headers['content-length'] = String(statSync(body.path).size)
  res.writeHead(200, headers)
  if (req.method === 'HEAD') return res.end()
  createReadStream(body.path).pipe(res)
}

/** Brotli where the browser takes it (smaller on a weak network), else gzip, else the raw file. */
export function pickEncoding(accept: string | string[] | undefined): 'br' | 'gzip' | null {
  const list = String(accept ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim().split(';')[0])
  if (list.includes('br')) return 'br'
  return list.includes('gzip') ? 'gzip' : null
}

/** The build writes `x.br` / `x.gz` beside each file (config/compress-h5.mjs): serve the best one taken. */
function precompressed(file: string, accept: string | string[] | undefined): { path: string; encoding: 'br' | 'gzip' | null } {
  const encoding = pickEncoding(accept)
  if (encoding === 'br' && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding }
  if (encoding && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' }
  return { path: file, encoding: null }
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('未找到')
}
