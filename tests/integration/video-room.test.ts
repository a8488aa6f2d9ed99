// The waiting room and the call on the real local server: who may take part (everyone else finds
// nothing), the agreed-day rule, start / end, join tickets, and the signalling hub over real sockets.
import { demo } from '../support/demo'
import { leader } from '../support/covisit'
import { agreedOn } from '../support/hold'
import { refusedOn, sessionOf } from '../support/video'
import { openSignal } from '../support/signal-client'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at, now } = serverOnMovedClock()

const CLASS = 'cls-qs-1-2'
const teacher = () => demo.headTeacher(CLASS)
const familyNo = (i: number) => demo.familiesOf(CLASS)[i]!
const family = familyNo(1)
const otherFamily = familyNo(3)
let visitId = ''
let otherVisitId = ''

const refused = (call: () => Promise<unknown>, code: string) => refusedOn(srv, call, code)

const ticketOf = async (userId: string, id = visitId) => ok(await srv.call(userId, 'video', 'joinTicket', { visitId: id })).token

test('set up: two video visits agreed for 3 December 19:00 and 20:00', async () => {
  visitId = (await agreedOn(srv, teacher(), family, '03', 'video', '19:00', '19:30')).visitId
  otherVisitId = (await agreedOn(srv, teacher(), otherFamily, '03', 'video', '20:00', '20:30')).visitId
})

test('before the agreed day: the room shows, readiness and start are refused with the day', async () => {
  const view = ok(await srv.call(family.parent, 'video', 'room', { visitId }))
  expect(view).toMatchObject({ roomId: `v:${visitId}`, side: 'guest', state: 'waiting', canStart: false, group: false, people: [] })
  expect(view.phoneTargets).toEqual([])
  const e = await refused(() => srv.call(family.parent, 'video', 'ready', { visitId, camera: true, microphone: true }), 'VIDEO.TOO_EARLY')
  expect(e.message).toContain('12月3日')
  await refused(() => srv.call(teacher(), 'video', 'start', { visitId }), 'VIDEO.TOO_EARLY')
})

test('outsiders (other family, other teachers, a leader, another school) are answered as for a missing visit', async () => {
  at('2026-12-03T10:50:00.000Z') // 18:50
  const missing = await srv.call(teacher(), 'video', 'room', { visitId: 'vis-nothing' })
  expect(missing).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  for (const who of [otherFamily.parent, demo.subjectTeacher(), leader(), demo.principal(), demo.headTeacherOfOtherSchool()]) {
    for (const action of ['room', 'joinTicket'] as const) expect(await srv.call(who, 'video', action, { visitId })).toEqual(missing)
    expect(await srv.call(who, 'video', 'ready', { visitId, camera: true, microphone: true })).toEqual(missing)
  }
  for (const who of [demo.subjectTeacher(), leader(), demo.headTeacherOfOtherSchool()])
    for (const action of ['start', 'end'] as const) expect(await srv.call(who, 'video', action, { visitId })).toEqual(missing)
  // A parent is no host: starting is not theirs at all.
  await refused(() => srv.call(family.parent, 'video', 'start', { visitId }), 'AUTH.FORBIDDEN')
})

test('the parent waits: ready with camera and microphone; the teacher sees them waiting and may start', async () => {
  const view = ok(await srv.call(family.parent, 'video', 'ready', { visitId, camera: true, microphone: false }))
  expect(view.people).toEqual([
    { label: `${demo.nameOf(family.parent)}（家长）`, side: 'guest', present: true, inCall: false, camera: true, microphone: false },
  ])
  const t = ok(await srv.call(teacher(), 'video', 'room', { visitId }))
  expect(t).toMatchObject({ side: 'host', canStart: true, state: 'waiting' })
  expect(t.phoneTargets.length).toBeGreaterThan(0)
  expect(t.phoneTargets[0]!.label).toMatch(/（.+）/)
  await refused(() => srv.call(family.parent, 'video', 'joinTicket', { visitId }), 'VIDEO.NOT_STARTED')
  await refused(() => srv.callRaw(family.parent, 'video', 'ready', { visitId, camera: 'yes', microphone: true }), 'INPUT.INVALID')
  await refused(() => srv.callRaw(teacher(), 'video', 'start', { visitId, extra: 1 }), 'INPUT.INVALID')
})

test('many writes at once (readiness from two devices, the host looking in) all land: nothing lost', async () => {
  const taps = Array.from({ length: 6 }, (_, i) =>
    srv.call(i % 2 ? family.parent : teacher(), 'video', 'ready', { visitId, camera: i % 3 === 0, microphone: true }),
  )
  for (const r of await Promise.all(taps)) expect(r.ok).toBe(true)
  const view = ok(await srv.call(teacher(), 'video', 'room', { visitId }))
  expect(view.people.map((p) => p.side).sort()).toEqual(['guest', 'host'])
})

test('start: in call; a retry with the same request id is the same answer; a second start writes nothing', async () => {
  const first = await srv.post('/api/video', { action: 'start', input: { visitId }, requestId: 'start-1' }, sessionOf(teacher()))
  expect(first.json).toMatchObject({ ok: true, data: { state: 'in_call', canStart: false } })
  const again = await srv.post('/api/video', { action: 'start', input: { visitId }, requestId: 'start-1' }, sessionOf(teacher()))
  expect(again.json).toEqual(first.json)
  const print = await fingerprint(srv.store)
  ok(await srv.call(teacher(), 'video', 'start', { visitId }))
  expect(await fingerprint(srv.store)).toBe(print)
})

test('sockets: both sides join with tickets, see each other labelled, relay offers and loopback candidates only', async () => {
  const host = await openSignal(srv.url, await ticketOf(teacher()))
  const hello = await host.next('welcome')
  expect(hello.peers).toEqual([])
  const guest = await openSignal(srv.url, await ticketOf(family.parent))
  const welcome = await guest.next('welcome')
  expect(welcome.peers).toEqual([{ peerId: hello.peerId, side: 'host', label: `${demo.staffOf(teacher()).name}老师` }])
  const joined = await host.next('peer-joined')
  expect(joined.peer).toEqual({ peerId: welcome.peerId, side: 'guest', label: `${demo.nameOf(family.parent)}（家长）` })
  guest.send({ type: 'signal', to: hello.peerId, data: { sdp: { type: 'offer', sdp: 'v=0 offer' } } })
  expect(await host.next('signal')).toEqual({ type: 'signal', from: welcome.peerId, data: { sdp: { type: 'offer', sdp: 'v=0 offer' } } })
  const cand = (address: string) => ({
    candidate: { candidate: `candidate:1 1 udp 2122260223 ${address} 50000 typ host`, sdpMid: '0', sdpMLineIndex: 0 },
  })
  host.send({ type: 'signal', to: welcome.peerId, data: cand('192.168.1.20') })
  host.send({ type: 'signal', to: welcome.peerId, data: cand('127.0.0.1') })
  expect((await guest.next('signal')).data).toEqual(cand('127.0.0.1'))
  guest.send({ type: 'ping' })
  await guest.next('pong')
  guest.send('not json')
  expect(await guest.next('error')).toMatchObject({ code: 'INPUT.INVALID' })
  const view = ok(await srv.call(teacher(), 'video', 'room', { visitId }))
  expect(view.people.filter((p) => p.inCall)).toHaveLength(2)
  await Promise.all([host.close(), guest.close()])
})

test('a message over 32 KiB closes the socket (1009); the others carry on', async () => {
  const guest = await openSignal(srv.url, await ticketOf(family.parent))
  await guest.next('welcome')
  guest.send({ type: 'signal', to: 'x', data: { sdp: { type: 'offer', sdp: 'v'.repeat(40_000) } } })
  expect(await guest.closed()).toBe(1009)
})

test('refused at the door: a forged, an expired or tampered ticket; a foreign origin or host', async () => {
  const good = await ticketOf(family.parent)
  const [body, sig] = good.split('.') as [string, string]
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>
  const forged = `${Buffer.from(JSON.stringify({ ...payload, v: otherVisitId, r: `v:${otherVisitId}` })).toString('base64url')}.${sig}`
  for (const token of [forged, `${body}.${sig.slice(0, -2)}xx`, 'garbage', '']) {
    const c = await openSignal(srv.url, token)
    expect(await c.next('error')).toMatchObject({ code: 'VIDEO.BAD_TICKET', message: expect.stringMatching(/凭证/) })
    expect(await c.closed()).toBe(1008)
  }
  // The other family's own ticket is for its own visit: not started, so refused (it never reaches this room).
  await refused(() => srv.call(otherFamily.parent, 'video', 'joinTicket', { visitId: otherVisitId }), 'VIDEO.NOT_STARTED')
  const later = now().getTime()
  at(new Date(later + 11 * 60_000).toISOString())
  const expired = await openSignal(srv.url, good)
  expect(await expired.next('error')).toMatchObject({ code: 'VIDEO.BAD_TICKET' })
  at(new Date(later).toISOString())
  const foreign = await openSignal(srv.url, good, { origin: 'http://evil.example' })
  expect(foreign).toMatchObject({ opened: false })
  expect(foreign.status()).toBe(403)
  const rebound = await openSignal(srv.url, good, { host: 'evil.example' })
  expect(rebound.status()).toBe(421)
})

test('a reconnecting parent replaces their old connection', async () => {
  const host = await openSignal(srv.url, await ticketOf(teacher()))
  await host.next('welcome')
  const first = await openSignal(srv.url, await ticketOf(family.parent))
  const w1 = await first.next('welcome')
  expect((await host.next('peer-joined')).peer.peerId).toBe(w1.peerId)
  const second = await openSignal(srv.url, await ticketOf(family.parent))
  const w2 = await second.next('welcome')
  expect(await host.next('peer-left')).toEqual({ type: 'peer-left', peerId: w1.peerId })
  expect((await host.next('peer-joined')).peer.peerId).toBe(w2.peerId)
  await first.closed()
  expect(w2.peers).toHaveLength(1)
  await Promise.all([host.close(), second.close()])
})

test("the host's bye for all ends the call for everyone; tickets then say it ended", async () => {
  const host = await openSignal(srv.url, await ticketOf(teacher()))
  await host.next('welcome')
  const guest = await openSignal(srv.url, await ticketOf(family.parent))
  await guest.next('welcome')
  // A guest's bye for all only leaves.
  const guest2 = await openSignal(srv.url, await ticketOf(family.parent))
  await guest2.next('welcome')
  host.send({ type: 'bye', endForAll: true })
  await Promise.all([host.next('ended'), guest2.next('ended')])
  await Promise.all([host.closed(), guest2.closed()])
  const view = ok(await srv.call(family.parent, 'video', 'room', { visitId }))
  expect(view).toMatchObject({ state: 'ended', endedAt: expect.any(String) })
  expect(view.people.some((p) => p.inCall)).toBe(false)
  await refused(() => srv.call(family.parent, 'video', 'joinTicket', { visitId }), 'VIDEO.ENDED')
  expect(guest.isClosed()).toBe(true)
})

test("restarted, then ended by the host's end action: connected sockets are told", async () => {
  expect(ok(await srv.call(teacher(), 'video', 'start', { visitId }))).toMatchObject({ state: 'in_call', endedAt: null })
  const guest = await openSignal(srv.url, await ticketOf(family.parent))
  await guest.next('welcome')
  expect(ok(await srv.call(teacher(), 'video', 'end', { visitId }))).toMatchObject({ state: 'ended' })
  await guest.next('ended')
  const print = await fingerprint(srv.store)
  ok(await srv.call(teacher(), 'video', 'end', { visitId }))
  expect(await fingerprint(srv.store)).toBe(print)
  await refused(() => srv.call(teacher(), 'video', 'end', { visitId: otherVisitId }), 'VIDEO.NOT_STARTED')
})
