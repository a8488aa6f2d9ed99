// The H5 app as a phone on a weak network receives it: compressed, cached by content hash, never a 500.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { startTestServer, type TestServer } from '../support/test-server'

const dir = mkdtempSync(join(tmpdir(), 'jf-static-'))
const script = 'console.log("家访");'.repeat(200)
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>家访助手</title>')
writeFileSync(join(dir, 'app.0123abcd.js'), script)
writeFileSync(join(dir, 'app.0123abcd.js.gz'), gzipSync(script))
writeFileSync(join(dir, 'app.0123abcd.js.br'), brotliCompressSync(script))
writeFileSync(join(dir, 'plain.js'), script)

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer({ seed: false, staticDir: dir })
})
afterAll(() => srv.close())

const get = (path: string, encoding?: string) =>
  fetch(srv.url + path, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } })

test('a hashed script is sent gzip-compressed to a browser that takes gzip, and cached for a year', async () => {
  const res = await get('/app.0123abcd.js', 'gzip, deflate')
  expect(res.headers.get('content-encoding')).toBe('gzip')
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(res.headers.get('vary')).toBe('accept-encoding')
  expect(await res.text()).toBe(script) // fetch decodes it
})

test('brotli is preferred where the browser takes it', async () => {
  const res = await get('/app.0123abcd.js', 'gzip, deflate, br')
  expect(res.headers.get('content-encoding')).toBe('br')
  expect(await res.text()).toBe(script)
})

test('a browser that takes no compression gets the file as built', async () => {
  const res = await get('/app.0123abcd.js', 'identity')
  expect(res.headers.get('content-encoding')).toBeNull()
  expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(script))
})

test('files without a content hash and the page itself are revalidated, not cached blindly', async () => {
  expect((await get('/plain.js')).headers.get('cache-control')).toBe('no-cache')
  const page = await get('/')
  expect(page.headers.get('cache-control')).toBe('no-cache')
  expect(await page.text()).toContain('家访助手')
})

test('the compressed copy is what goes over the wire (smaller than the file)', async () => {
  const { request } = await import('node:http')
  const bytes = await new Promise<Buffer>((resolve) => {
    request(srv.url + '/app.0123abcd.js', { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve(Buffer.concat(chunks)))
    }).end()
  })
  expect(bytes.length).toBeLessThan(Buffer.byteLength(script) / 4)
  expect(gunzipSync(bytes).toString()).toBe(script)
})

test('a malformed path is refused, not a server error', async () => {
  expect((await get('/%E0%A4%A')).status).toBe(400)
})
