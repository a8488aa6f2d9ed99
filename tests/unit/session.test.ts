import { readCookie, signSession, verifySession } from '../../src/server/session'

const NOW = 1_800_000_000_000
test('a signed session names its user until it expires', () => {
  const token = signSession('usr-张老师', 'k1', NOW)
  expect(verifySession(token, 'k1', NOW + 1000)).toBe('usr-张老师')
  expect(verifySession(token, 'k1', NOW + 8 * 24 * 3600 * 1000)).toBeNull()
})

test('a token signed with another secret or edited is refused', () => {
  const token = signSession('usr-a', 'k1', NOW)
  expect(verifySession(token, 'k2', NOW)).toBeNull()
  const [, expiry, sig] = token.split('.')
  expect(verifySession(`${Buffer.from('usr-district').toString('base64url')}.${expiry}.${sig}`, 'k1', NOW)).toBeNull()
  expect(verifySession('garbage', 'k1', NOW)).toBeNull()
  expect(verifySession(undefined, 'k1', NOW)).toBeNull()
})

test('cookies are read by name', () => {
  expect(readCookie('a=1; jf_session=x.y.z; b=2', 'jf_session')).toBe('x.y.z')
  expect(readCookie(undefined, 'jf_session')).toBeUndefined()
})
