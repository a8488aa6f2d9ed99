// Every action: bad input gets a clear Chinese error and changes nothing; unknown callers learn nothing.
import { API } from '../../src/core/contract'
import { demo } from '../support/demo'
import { fingerprint, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const BAD_INPUTS: unknown[] = ['文本', 42, [], true, { __proto_pollution: 1, unknownField: 'x' }]
const actions = Object.entries(API).flatMap(([fn, acts]) => Object.keys(acts).map((action) => [fn, action] as const))

describe.each(actions)('%s.%s', (fn, action) => {
  test('bad input → INPUT.INVALID in Chinese, database unchanged', async () => {
    const before = await fingerprint(srv.store)
    let allowedSawInvalid = false
    for (const input of BAD_INPUTS) {
      for (const who of [demo.admin(), demo.headTeacher(), demo.parentOfSiblings(), demo.district()]) {
        const res = await srv.callRaw(who, fn, action, input)
        // Allowed callers learn what is wrong with the input; others only that they may not.
        expect(res.ok).toBe(false)
        if (!res.ok) expect(['INPUT.INVALID', 'AUTH.FORBIDDEN']).toContain(res.error.code)
        if (!res.ok) expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/)
        allowedSawInvalid ||= !res.ok && res.error.code === 'INPUT.INVALID'
      }
    }
    expect(allowedSawInvalid).toBe(true)
    expect(await fingerprint(srv.store)).toBe(before)
  })

  test('not signed in → AUTH.UNAUTHENTICATED, no data', async () => {
    const res = await srv.callRaw(null, fn, action, {})
    expect(res).toEqual({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED', message: '请先登录' } })
  })
})

describe('envelope and transport', () => {
  test('malformed JSON is refused with 400 and a Chinese message', async () => {
    const res = await srv.post('/api/roster', '{not json', undefined)
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '请求格式不正确' } })
  })

  test('unknown functions and actions, including prototype keys, are refused', async () => {
    for (const [fn, action] of [
      ['roster', 'dropAll'],
      ['nope', 'me'],
      ['roster', 'constructor'],
      ['roster', '__proto__'],
      ['constructor', 'me'],
    ]) {
      const res = await srv.callRaw(demo.admin(), fn!, action!)
      expect(res).toMatchObject({ ok: false, error: { code: 'API.UNKNOWN_ACTION' } })
    }
  })

  test('a missing field is named in plain Chinese', async () => {
    const res = await srv.callRaw(demo.admin(), 'roster', 'classStudents', {})
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '输入不正确（classId）：缺少必填项' } })
  })

  test('a forged or tampered session is treated as not signed in', async () => {
    const res = await fetch(`${srv.url}/api/auth`, {
      method: 'POST',
      headers: { authorization: 'Bearer dXNyLWRpc3RyaWN0.9999999999999.forged', cookie: 'jf_session=x.y.z' },
      body: JSON.stringify({ action: 'me' }),
    })
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  test('an identity sent in the payload is ignored', async () => {
    const res = await srv.post('/api/auth', { action: 'me', input: {}, userId: demo.district(), openid: 'x' })
    expect(res.json).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  test('GET /api documents every action with JSON Schemas and roles', async () => {
    type Schema = { type?: string; properties?: Record<string, Schema> }
    type Docs = {
      data: { functions: Array<{ function: string; actions: Array<{ action: string; roles: string[]; input: Schema; output: Schema }> }> }
    }
    const body = (await (await fetch(`${srv.url}/api`)).json()) as Docs
    const listed = body.data.functions.flatMap((f) => f.actions.map((a) => [f.function, a.action]))
    expect(listed).toEqual(actions.map(([f, a]) => [f, a]))
    const classStudents = body.data.functions.find((f) => f.function === 'roster')!.actions.find((a) => a.action === 'classStudents')!
    expect(classStudents.input.properties?.classId?.type).toBe('string')
    expect(classStudents.roles).toContain('head_teacher')
    expect(classStudents.output.properties?.students?.type).toBe('array')
  })

  test('dev sign-in refuses an unknown person and sets an HttpOnly cookie for a known one', async () => {
    expect((await srv.post('/dev/signin', { userId: 'usr-nobody' })).json).toMatchObject({
      ok: false,
      error: { code: 'AUTH.NO_SUCH_USER' },
    })
    const res = await fetch(`${srv.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ userId: demo.admin() }) })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^jf_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/)
    const me = await fetch(`${srv.url}/api/auth`, {
      method: 'POST',
      headers: { cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ action: 'me' }),
    })
    expect(await me.json()).toMatchObject({ ok: true, data: { userId: demo.admin(), homes: ['admin'] } })
  })
})
