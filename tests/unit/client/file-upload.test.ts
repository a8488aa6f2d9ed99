import { uploadFile } from '../../../src/client/file-picker.h5'

const okReply = (data: unknown) => new Response(JSON.stringify({ ok: true, data }), { headers: { 'content-type': 'application/json' } })

describe('H5 file upload', () => {
  it('posts the raw bytes with the name URI-encoded and returns the stored file', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = []
    const send = (async (url: string, init: RequestInit) => {
      seen.push({ url, init })
      return okReply({ fileId: 'f1', name: '花名册 2026.xlsx', size: 3 })
    }) as unknown as typeof fetch
    const res = await uploadFile(new Blob(['abc']), '花名册 2026.xlsx', send)
    expect(res).toEqual({ ok: true, data: { fileId: 'f1', name: '花名册 2026.xlsx', size: 3 } })
    expect(seen[0]?.url).toBe('/files')
    expect(seen[0]?.init.method).toBe('POST')
    expect((seen[0]?.init.headers as Record<string, string>)['x-file-name']).toBe(encodeURIComponent('花名册 2026.xlsx'))
  })

  it('reports a dropped connection as offline, so the page offers 重试', async () => {
    const send = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await uploadFile(new Blob(['x']), 'a.csv', send)).toMatchObject({ ok: false, error: { code: 'NET.OFFLINE' } })
  })

  it('passes the server’s refusal through and treats an unreadable body as a bad response', async () => {
    const refused = { ok: false, error: { code: 'FILE.TOO_LARGE', message: '文件为空或超过10MB' } }
    const send1 = (async () => new Response(JSON.stringify(refused))) as unknown as typeof fetch
    expect(await uploadFile(new Blob([]), 'a.csv', send1)).toEqual(refused)
    const send2 = (async () => new Response('<html>502</html>', { status: 502 })) as unknown as typeof fetch
    expect(await uploadFile(new Blob(['x']), 'a.csv', send2)).toMatchObject({ ok: false, error: { code: 'NET.BAD_RESPONSE' } })
  })
})
