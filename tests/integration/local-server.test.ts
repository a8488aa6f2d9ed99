// The local server's own edge: hosts it answers to, bodies it reads, URLs and cookies it cannot
// parse, and the demo-only routes that exist only on the demo district's data.
import { request } from 'node:http'
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'

let srv: TestServer
let port: number
beforeAll(async () => {
  srv = await startTestServer()
  port = Number(new URL(srv.url).port)
})
afterAll(() => srv.close())

type Raw = { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string | null }
type Json = { ok?: boolean; error?: { code: string; message: string }; data?: Record<string, unknown>; text?: string }
type Answer = { status: number; json: Json }

/** A request with exactly these headers (fetch would not let us choose Host); `host: null` sends none. */
function raw({ method = 'GET', path, headers = {}, body, host = `127.0.0.1:${port}` }: Raw): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, method, path, setHost: false, headers: host === null ? headers : { host, ...headers } }
    const req = request(options, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: res.statusCode ?? 0, json: text.startsWith('{') ? (JSON.parse(text) as Json) : { text } })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

const JSON_TYPE = { 'content-type': 'application/json' }
const asAdmin = { authorization: `Bearer ${signSession(demo.admin(), TEST_SECRET)}` }
const me = JSON.stringify({ action: 'me', input: {} })

describe('host names (DNS rebinding)', () => {
  test.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])('%s with the server’s port is served', async (name) => {
    const res = await raw({ method: 'POST', path: '/api/auth', headers: { ...JSON_TYPE, ...asAdmin }, host: `${name}:${port}`, body: me })
    expect(res).toMatchObject({ status: 200, json: { ok: true, data: { userId: demo.admin() } } })
  })

  // PORT stands for the server's own port, known only once it listens. (A request with no Host at
  // all never reaches us: Node answers 400 itself.)
  test.each(['evil.example:80', 'evil.example:PORT', '127.0.0.1:PORT1', '127.0.0.1', 'PORT'])('Host %j is refused', async (name) => {
    const host = name.replace('PORT1', String(port + 1)).replace('PORT', String(port))
    for (const [method, path] of [
      ['POST', '/api/auth'],
      ['GET', '/api'],
      ['GET', '/dev/people'],
      ['POST', '/dev/signin'],
      ['GET', '/'],
    ] as const) {
      const res = await raw({ method, path, headers: { ...JSON_TYPE, ...asAdmin }, host, body: method === 'POST' ? me : undefined })
      expect(res.status).toBe(421)
      expect(res.json).toMatchObject({ ok: false, error: { code: 'HTTP.FOREIGN_HOST' } })
    }
  })
})

describe('request bodies', () => {
  test('over 1 MB: 413 with a message that says so, whether announced or streamed', async () => {
    const big = JSON.stringify({ action: 'me', input: { pad: 'x'.repeat(1024 * 1024) } })
    const expected = { ok: false, error: { code: 'INPUT.TOO_LARGE', message: '提交的内容太大（超过1MB），请减少后重试' } }
    expect(await raw({ method: 'POST', path: '/api/auth', headers: { ...JSON_TYPE, ...asAdmin }, body: big })).toEqual({
      status: 413,
      json: expected,
    })
    const streamed = await raw({
      method: 'POST',
      path: '/api/auth',
      headers: { ...JSON_TYPE, ...asAdmin, 'transfer-encoding': 'chunked' },
      body: big,
    })
    expect(streamed).toEqual({ status: 413, json: expected })
  })

  test('a UTF-8 byte-order mark before the JSON is accepted', async () => {
    const res = await raw({ method: 'POST', path: '/api/auth', headers: { ...JSON_TYPE, ...asAdmin }, body: `\uFEFF${me}` })
    expect(res).toMatchObject({ status: 200, json: { ok: true, data: { userId: demo.admin() } } })
  })

  test.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x'], ['']])(
    'content type %j on POST /api/* and /dev/* is refused with 415',
    async (type) => {
      for (const path of ['/api/auth', '/dev/signin', '/dev/newcomer']) {
        const headers: Record<string, string> = type ? { 'content-type': type } : {}
        const res = await raw({
          method: 'POST',
          path,
          headers: { ...headers, ...asAdmin },
          body: JSON.stringify({ action: 'me', userId: demo.admin() }),
        })
        expect(res).toMatchObject({ status: 415, json: { ok: false, error: { code: 'INPUT.NOT_JSON' } } })
        expect(res.json.error?.message).toMatch(/JSON/)
      }
    },
  )

  test('application/json with a charset is fine', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/auth',
      headers: { 'content-type': 'application/json; charset=utf-8', ...asAdmin },
      body: me,
    })
    expect(res.status).toBe(200)
  })
})

describe('what cannot be decoded', () => {
  test('a malformed session cookie is "not signed in", not a server error', async () => {
    const res = await raw({ method: 'POST', path: '/api/auth', headers: { ...JSON_TYPE, cookie: 'jf_session=%E0%A4%A' }, body: me })
    expect(res).toEqual({ status: 200, json: { ok: false, error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录' } } })
  })

  test.each(['/%E0%A4%A', '/assets/%E0%A4%A.js', '/files/%E0%A4%A', '/api/%E0%A4%A'])('GET %s is a 400, not a 500', async (path) => {
    const res = await raw({ path })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ ok: false, error: { code: 'HTTP.BAD_URL' } })
  })

  test('an upload whose file name cannot be decoded is refused plainly', async () => {
    const res = await raw({ method: 'POST', path: '/files', headers: { ...asAdmin, 'x-file-name': '%E0%A4%A' }, body: 'a,b\n' })
    expect(res).toMatchObject({ status: 400, json: { ok: false, error: { code: 'FILE.BAD_NAME' } } })
  })
})

describe('files', () => {
  test('an upload over 10 MB gets 413; an upload is readable by its owner only', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)
    expect(await raw({ method: 'POST', path: '/files', headers: asAdmin, body: big })).toMatchObject({
      status: 413,
      json: { ok: false, error: { code: 'FILE.TOO_LARGE' } },
    })
    const up = await raw({
      method: 'POST',
      path: '/files',
      headers: { ...asAdmin, 'x-file-name': encodeURIComponent('名单.csv') },
      body: 'a,b\n',
    })
    expect(up).toMatchObject({ status: 200, json: { ok: true } })
    const path = `/files/${String(up.json.data?.fileId)}`
    expect((await raw({ path, headers: asAdmin })).status).toBe(200)
    const other = { authorization: `Bearer ${signSession(demo.headTeacher(), TEST_SECRET)}` }
    expect(await raw({ path, headers: other })).toMatchObject({ status: 404, json: { error: { code: 'FILE.NOT_FOUND' } } })
    expect((await raw({ path })).status).toBe(404)
  })
})

describe('demo mode: /dev/* only on the demo district’s data', () => {
  let school: TestServer
  beforeAll(async () => {
    // A school's own data: the same people, but the database was not created by the demo seed.
    school = await startTestServer()
    await school.store.update('meta', 'schema', { demo: false })
  })
  afterAll(() => school.close())

  test('on the demo data the dev routes answer', async () => {
    expect((await srv.post('/dev/signin', { userId: demo.admin() })).status).toBe(200)
    expect((await fetch(`${srv.url}/dev/people`)).status).toBe(200)
  })

  test.each([
    ['GET', '/dev/people', undefined],
    ['POST', '/dev/signin', { userId: demo.admin() }],
    ['POST', '/dev/newcomer', {}],
    ['POST', '/dev/scheduler/run', { now: '2026-12-01T00:00:00Z' }],
    ['POST', '/dev/signout', {}],
  ])('on a school’s data %s %s does not exist, and says why', async (method, path, body) => {
    const before = await school.store.count('users')
    const res = await fetch(`${school.url}${path}`, {
      method,
      headers: body ? JSON_TYPE : undefined,
      body: body ? JSON.stringify(body) : undefined,
    })
    expect(res.status).toBe(404)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'DEV.NOT_DEMO', message: expect.stringMatching(/没有演示登录/) } })
    expect(await school.store.count('users')).toBe(before)
  })

  test('the API itself still works there', async () => {
    expect(await school.call(demo.admin(), 'auth', 'me', {})).toMatchObject({ ok: true })
  })
})
