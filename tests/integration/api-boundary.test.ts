// Every action: bad input gets a clear Chinese error and changes nothing; unknown callers learn nothing.
import { API } from '../../src/core/contract'
import type { ActionSpec } from '../../src/core/contract/contract'
import { demo } from '../support/demo'
import { FEW_BAD_VALUES, malformed, ZOD_WORDING } from '../support/malformed'
import { signSession } from '../../src/server/session'
import { fingerprint, ok, startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'

let srv: TestServer
/** For each action, a demo person allowed to call it, so the call reaches input validation. */
let allowedCaller: (roles: ActionSpec['roles']) => string
beforeAll(async () => {
  srv = await startTestServer()
  const people = [demo.admin(), demo.headTeacher(), demo.parentOfSiblings(), demo.district(), demo.principal()]
  const rolesOf = new Map<string, string[]>()
  for (const p of people) rolesOf.set(p, ok<{ roles: string[] }>(await srv.call(p, 'auth', 'me', {})).roles)
  allowedCaller = (roles) =>
    typeof roles === 'string' ? people[0]! : people.find((p) => rolesOf.get(p)!.some((r) => (roles as string[]).includes(r)))!
})
afterAll(() => srv.close())

const BAD_INPUTS: unknown[] = ['文本', 42, [], true, { __proto_pollution: 1, unknownField: 'x' }]
const actions = Object.entries(API).flatMap(([fn, acts]) => Object.keys(acts).map((action) => [fn, action] as const))

describe.each(actions)('%s.%s', (fn, action) => {
  test('bad input → INPUT.INVALID in Chinese, database unchanged', async () => {
    const before = await fingerprint(srv.store)
    let allowedSawInvalid = false
    for (const input of BAD_INPUTS) {
      for (const who of [demo.admin(), demo.headTeacher(), demo.parentOfSiblings(), demo.district(), demo.principal()]) {
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

  test('every malformed input is answered in plain Chinese, without zod wording', async () => {
    const spec = (API as Record<string, Record<string, ActionSpec>>)[fn]![action]!
    const who = allowedCaller(spec.roles)
    const messages = new Set<string>()
    for (const input of malformed(spec.input, false, FEW_BAD_VALUES)) {
      const res = await srv.callRaw(who, fn, action, input)
      if (res.ok || res.error.code !== 'INPUT.INVALID') continue
      messages.add(res.error.message)
      for (const d of res.error.details as Array<{ message: string }>) messages.add(d.message)
    }
    expect(messages.size).toBeGreaterThan(0)
    expect([...messages].filter((m) => ZOD_WORDING.test(m) || !/[\u4e00-\u9fa5]/.test(m))).toEqual([])
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

  test('a missing field is named in plain Chinese, its path in the details', async () => {
    const res = await srv.callRaw(demo.admin(), 'roster', 'classStudents', {})
    expect(res).toEqual({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '请选择班级', details: [{ path: 'classId', message: '请选择班级' }] },
    })
  })

  test('a forged or tampered session is treated as not signed in', async () => {
    const res = await fetch(`${srv.url}/api/auth`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer dXNyLWRpc3RyaWN0.9999999999999.forged',
        cookie: 'jf_session=x.y.z',
      },
      body: JSON.stringify({ action: 'me' }),
    })
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  test('an identity sent in the payload is never used: the envelope refuses keys it does not know', async () => {
    const res = await srv.post('/api/auth', { action: 'me', input: {}, userId: demo.district(), openid: 'x' })
    expect(res.json).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', details: [{ keys: ['userId', 'openid'] }] } })
    const signedIn = await srv.post(
      '/api/auth',
      { action: 'me', input: {}, userId: demo.district() },
      signSession(demo.admin(), TEST_SECRET),
    )
    expect(signedIn.json).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
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
    const res = await fetch(`${srv.url}/dev/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: demo.admin() }),
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^jf_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/)
    const me = await fetch(`${srv.url}/api/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ action: 'me' }),
    })
    expect(await me.json()).toMatchObject({ ok: true, data: { userId: demo.admin(), homes: ['admin'] } })
  })
})
