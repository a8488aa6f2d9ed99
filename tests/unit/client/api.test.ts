import { createApiClient, OFFLINE } from '../../../src/client/api'
import { TransportError, type CallBody, type Transport } from '../../../src/client/transport.types'

const ME = {
  userId: 'u1',
  name: '王老师',
  roles: ['head_teacher'],
  homes: ['teacher'],
  schoolId: 's1',
  schoolName: '青山小学',
  districtId: 'd1',
  uploadPrefix: 'uploads/u1/',
}

function fakeTransport(replies: Array<unknown | Error>) {
  const calls: Array<{ fn: string; body: CallBody }> = []
  const transport: Transport = async (fn, body) => {
    calls.push({ fn, body })
    const next = replies.shift()
    if (next instanceof Error) throw next
    return next
  }
  return { transport, calls }
}

const client = (transport: Transport) => createApiClient({ transport, delay: async () => {} })

describe('client api call', () => {
  it('sends the action, validated input and a request id, and returns the parsed data', async () => {
    const { transport, calls } = fakeTransport([{ ok: true, data: ME }])
    const res = await client(transport)('auth', 'me', {})
    expect(res).toEqual({ ok: true, data: ME })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.fn).toBe('auth')
    expect(calls[0]?.body.action).toBe('me')
    expect(calls[0]?.body.requestId).toMatch(/\S{8,}/)
  })

  it('fills contract defaults into the input (page size)', async () => {
    const { transport, calls } = fakeTransport([{ ok: false, error: { code: 'DATA.NOT_FOUND', message: '班级不存在或已被删除' } }])
    await client(transport)('roster', 'classStudents', { classId: 'c1' })
    expect(calls[0]?.body.input).toEqual({ classId: 'c1', page: 0, pageSize: 20 })
  })

  it('retries network failures twice with the same request id, then reports offline', async () => {
    const { transport, calls } = fakeTransport([new TransportError('a'), new TransportError('b'), new TransportError('c')])
    const res = await client(transport)('auth', 'me', {})
    expect(res).toEqual({ ok: false, error: OFFLINE })
    expect(calls).toHaveLength(3)
    expect(new Set(calls.map((c) => c.body.requestId)).size).toBe(1)
  })

  it('succeeds when a retry gets through', async () => {
    const { transport, calls } = fakeTransport([new TransportError('a'), { ok: true, data: ME }])
    const res = await client(transport)('auth', 'me', {})
    expect(res.ok).toBe(true)
    expect(calls).toHaveLength(2)
  })

  it('does not retry business errors and passes them through', async () => {
    const error = { code: 'AUTH.UNAUTHENTICATED', message: '请先登录' }
    const { transport, calls } = fakeTransport([{ ok: false, error }])
    expect(await client(transport)('auth', 'me', {})).toEqual({ ok: false, error })
    expect(calls).toHaveLength(1)
  })

  it('rejects a response that does not match the contract', async () => {
    const { transport } = fakeTransport([{ ok: true, data: { userId: 'u1' } }])
    const res = await client(transport)('auth', 'me', {})
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.code).toBe('NET.BAD_RESPONSE')
  })

  it('refuses bad input before sending, with a Chinese message', async () => {
    const { transport, calls } = fakeTransport([])
    const res = await client(transport)('roster', 'classStudents', { classId: 'c1', page: -1 })
    expect(calls).toHaveLength(0)
    expect(res).toEqual({ ok: false, error: { code: 'INPUT.INVALID', message: '页码不能为负数' } })
  })
})
