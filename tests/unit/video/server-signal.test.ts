// Join tickets and the loopback-only candidate filter of the signalling hub.
import { iceServersFrom, signTicket, verifyTicket } from '../../../src/api/video/ticket'
import { candidateAddress, relayable } from '../../../src/server/signal/candidates'

const now = new Date('2026-12-03T11:00:00.000Z')
const t = { roomId: 'v:vis-1', visitId: 'vis-1', userId: 'usr-p', side: 'guest' as const }

test('a ticket names room, visit, user and side, and expires after 10 minutes', () => {
  const { token, expiresAt } = signTicket(t, 'secret', now)
  expect(expiresAt).toBe('2026-12-03T11:10:00.000Z')
  expect(verifyTicket(token, 'secret', now)).toMatchObject(t)
  expect(verifyTicket(token, 'secret', new Date('2026-12-03T11:09:59.999Z'))).not.toBeNull()
  expect(verifyTicket(token, 'secret', new Date('2026-12-03T11:10:00.000Z'))).toBeNull()
  expect(verifyTicket(token, 'another secret', now)).toBeNull()
})

test('a ticket cannot be altered, and a session token is no ticket', () => {
  const { token } = signTicket(t, 'secret', now)
  const [, sig] = token.split('.')
  const other = Buffer.from(JSON.stringify({ r: 'v:vis-2', v: 'vis-2', u: 'usr-p', s: 'host', e: now.getTime() + 60_000 })).toString(
    'base64url',
  )
  expect(verifyTicket(`${other}.${sig}`, 'secret', now)).toBeNull()
  for (const bad of ['', 'a.b', 'a.b.c', `${token}.x`, null, undefined, 'x'.repeat(3000)])
    expect(verifyTicket(bad, 'secret', now)).toBeNull()
})

test('loopback-only mode relays only 127.0.0.1 / ::1 candidates; descriptions always pass', () => {
  const cand = (address: string) => ({
    candidate: { candidate: `candidate:842163049 1 udp 1677729535 ${address} 50001 typ host generation 0` },
  })
  expect(candidateAddress(cand('10.0.0.2').candidate.candidate)).toBe('10.0.0.2')
  expect(relayable(cand('127.0.0.1'), true)).toBe(true)
  expect(relayable(cand('::1'), true)).toBe(true)
  for (const a of ['192.168.1.2', '10.0.0.2', 'abc.local', '203.0.113.9']) expect(relayable(cand(a), true)).toBe(false)
  expect(relayable({ candidate: { candidate: '' } }, true)).toBe(false)
  expect(relayable(cand('192.168.1.2'), false)).toBe(true)
  expect(relayable({ sdp: { type: 'offer', sdp: 'v=0' } }, true)).toBe(true)
})

test('ICE servers come from JF_ICE_SERVERS; unset or broken is none', () => {
  expect(iceServersFrom(undefined)).toEqual([])
  expect(iceServersFrom('not json')).toEqual([])
  expect(iceServersFrom('[{"urls":"stun:stun.example.org:3478"}]')).toEqual([{ urls: 'stun:stun.example.org:3478' }])
})
