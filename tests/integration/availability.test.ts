// A parent's free windows: only parents, only their own, first save inserts and later saves
// compare-and-set; a refusal in Chinese changes nothing; a retried save writes once.
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { fingerprint, ok, serverOnMovedClock, TEST_SECRET } from '../support/test-server'

const { srv } = serverOnMovedClock()

const [mum, other] = demo.familiesOf('cls-qs-2-1')
const EVENINGS = { windows: [{ days: 'weekday' as const, from: '19:00', to: '21:00' }], formats: ['video' as const] }

test('a parent saves, reads and changes their own times; a stale or repeated first save is refused', async () => {
  const parent = mum!.parent
  expect(ok(await srv.call(parent, 'visits', 'myAvailability', {}))).toEqual({ availability: null })
  const saved = ok(await srv.call(parent, 'visits', 'setAvailability', { ...EVENINGS, version: null }))
  expect(saved.availability).toMatchObject({ ...EVENINGS, version: 1 })
  expect(ok(await srv.call(parent, 'visits', 'myAvailability', {})).availability).toEqual(saved.availability)

  const before = await fingerprint(srv.direct)
  const again = await srv.call(parent, 'visits', 'setAvailability', { ...EVENINGS, version: null })
  expect(again).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT', message: expect.stringMatching(/刷新/) } })
  expect(await fingerprint(srv.direct)).toBe(before)

  const weekend = { windows: [{ days: 'weekend' as const, from: '09:00', to: '12:00' }], formats: ['home' as const, 'video' as const] }
  const changed = ok(await srv.call(parent, 'visits', 'setAvailability', { ...weekend, version: 1 }))
  expect(changed.availability).toMatchObject({ ...weekend, version: 2 })
  const stale = await srv.call(parent, 'visits', 'setAvailability', { ...EVENINGS, version: 1 })
  expect(stale).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT' } })
  expect(ok(await srv.call(parent, 'visits', 'myAvailability', {})).availability).toMatchObject(weekend)
  // Another parent's times are their own.
  expect(ok(await srv.call(other!.parent, 'visits', 'myAvailability', {}))).toEqual({ availability: null })
})

test('only guardians may save (a parent, or an applicant awaiting approval, as asked right after binding); staff are refused and nothing is written', async () => {
  const newcomer = await srv.newcomer() // signed in, nothing bound yet
  const before = await fingerprint(srv.direct)
  for (const who of [demo.headTeacher('cls-qs-2-1'), demo.principal(), newcomer]) {
    expect(await srv.call(who, 'visits', 'setAvailability', { ...EVENINGS, version: null })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN', message: '绑定孩子以后，才能告诉老师方便家访的时间' },
    })
    // Reading gives only one's own, which they do not have.
    expect(ok(await srv.call(who, 'visits', 'myAvailability', {}))).toEqual({ availability: null })
  }
  expect(await srv.call(null, 'visits', 'myAvailability', {})).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  expect(await fingerprint(srv.direct)).toBe(before)
  const applicant = demo.pendingOnlyParent()
  const saved = ok(await srv.call(applicant, 'visits', 'setAvailability', { ...EVENINGS, version: null }))
  expect(saved.availability).toMatchObject({ version: 1 })
})

test.each([
  [{ ...EVENINGS, version: null, userId: 'usr-someone-else' }, '提交的内容里有多余的项目'],
  [{ windows: [{ days: 'weekday', from: '19:00', to: '18:00' }], formats: ['video'], version: null }, '结束时间要晚于开始时间，请重新选择'],
  [
    { windows: [{ days: 'weekday', from: '05:00', to: '08:00' }], formats: ['video'], version: null },
    '开始时间应在早上7:00到晚上10:00之间',
  ],
  [{ windows: [{ days: 'weekday', from: '19:02', to: '20:00' }], formats: ['video'], version: null }, '开始时间请按5分钟取整'],
  [{ windows: [], formats: [], version: null }, '请至少选一种家访形式'],
  [{ windows: EVENINGS.windows, formats: ['video'] }, '页面上的信息不是最新的，请刷新后重试'],
])('%j is refused in Chinese, nothing written', async (input, message) => {
  const before = await fingerprint(srv.direct)
  const res = await srv.callRaw(other!.parent, 'visits', 'setAvailability', input)
  expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringContaining(message) } })
  expect(await fingerprint(srv.direct)).toBe(before)
})

test('a save retried with the same request id is answered again and written once', async () => {
  const parent = demo.familiesOf('cls-qs-1-2')[0]!.parent
  const token = signSession(parent, TEST_SECRET)
  const body = { action: 'setAvailability', requestId: 'req-av-1', input: { ...EVENINGS, version: null } }
  const first = await srv.post('/api/visits', body, token)
  const second = await srv.post('/api/visits', body, token)
  expect(first.json).toMatchObject({ ok: true, data: { availability: { version: 1 } } })
  expect(second.json).toEqual(first.json)
  expect(await srv.direct.get('availability', `av:${parent}`)).toMatchObject({ _v: 1 })
})
