// The browser call's mesh bookkeeping over fakes: who offers, glare, candidates, peers coming and going.
import { signalUrl } from '../../../src/client/video/webrtc/signal-client'
import { FakePc, settle } from './web-fakes'
import { harness, openCalls, peer } from './web-harness'

async function joined(peers = [peer('b'), peer('c')]) {
  const h = harness()
  await h.media.open()
  await h.call.start()
  h.socket().open()
  h.socket().deliver({ type: 'welcome', peerId: 'a', peers })
  await settle()
  return h
}

afterEach(() => openCalls.splice(0).forEach((c) => c.leave(false)))

test('the newcomer offers to everyone already in the room, and says it joined once', async () => {
  const h = await joined()
  expect(h.socket().url).toBe('ws://localhost:8080/signal?t=tok1')
  const offers = h.sentSignals().filter((m) => (m.data.sdp as { type?: string })?.type === 'offer')
  expect(offers.map((o) => o.to).sort()).toEqual(['b', 'c'])
  expect(h.kinds().filter((k) => k === 'joined')).toHaveLength(1)
  expect(FakePc.at(0).transceivers.map((t) => t.receiver.track.kind)).toEqual(['audio', 'video'])
  expect(FakePc.at(0).transceivers[1]?.sender.track).toMatchObject({ kind: 'video' })
  h.call.leave(false)
})

test('someone who joins after us is answered, with our camera and microphone on the answer, and we never offer', async () => {
  const h = await joined([])
  h.socket().deliver({ type: 'peer-joined', peer: peer('d') })
  h.socket().deliver({ type: 'signal', from: 'd', data: { sdp: { type: 'offer', sdp: 'x' } } })
  await settle()
  const sent = h.sentSignals().map((m) => (m.data.sdp as { type: string }).type)
  expect(sent).toEqual(['answer'])
  const pc = FakePc.at(0)
  expect(pc.transceivers.map((t) => [t.direction, (t.sender.track as { kind: string }).kind])).toEqual([
    ['sendrecv', 'audio'],
    ['sendrecv', 'video'],
  ])
  expect(h.events).toContainEqual({ kind: 'peer', peerId: 'd', label: 'Pd', present: true })
  h.call.leave(false)
})

test('crossing offers: the impolite side keeps its own offer, the polite side takes the other', async () => {
  // 'a' < 'b': towards b, a is polite; towards '0', a is impolite.
  const h = await joined([peer('b'), peer('0')])
  const toB = FakePc.at(0)
  const toZero = FakePc.at(1)
  expect(toB.signalingState).toBe('have-local-offer')
  h.socket().deliver({ type: 'signal', from: 'b', data: { sdp: { type: 'offer', sdp: 'b-offer' } } })
  h.socket().deliver({ type: 'signal', from: '0', data: { sdp: { type: 'offer', sdp: '0-offer' } } })
  await settle()
  expect(toB.remote?.sdp).toBe('b-offer')
  expect(toZero.remote).toBeNull()
  const answers = h.sentSignals().filter((m) => (m.data.sdp as { type?: string })?.type === 'answer')
  expect(answers.map((m) => m.to)).toEqual(['b'])
  h.call.leave(false)
})

test('ICE candidates go out to the peer and come in to its link', async () => {
  const h = await joined([peer('b')])
  const pc = FakePc.at(0)
  pc.onicecandidate?.({
    candidate: { toJSON: () => ({ candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 }) },
  })
  expect(h.sentSignals().at(-1)).toMatchObject({
    to: 'b',
    data: { candidate: { candidate: expect.stringContaining('127.0.0.1'), sdpMid: '0' } },
  })
  h.socket().deliver({ type: 'signal', from: 'b', data: { candidate: { candidate: 'candidate:2', sdpMid: '0', sdpMLineIndex: 0 } } })
  await settle()
  expect(pc.candidates).toEqual([{ candidate: 'candidate:2', sdpMid: '0', sdpMLineIndex: 0 }])
  h.call.leave(false)
})

test('a peer who leaves is closed and shown as gone; a candidate from a stranger opens nothing', async () => {
  const h = await joined([peer('b')])
  h.socket().deliver({ type: 'peer-left', peerId: 'b' })
  h.socket().deliver({ type: 'signal', from: 'zz', data: { candidate: { candidate: 'c' } } })
  await settle()
  expect(FakePc.made).toHaveLength(1)
  expect(FakePc.at(0).closed).toBe(true)
  expect(h.events).toContainEqual({ kind: 'peer', peerId: 'b', label: 'Pb', present: false })
  h.call.leave(false)
})

test("audio-only: a peer's switch is shown; ours is told to every peer, and to anyone who comes later", async () => {
  const h = await joined([peer('b')])
  h.socket().deliver({ type: 'signal', from: 'b', data: { audioOnly: true } })
  expect(h.events).toContainEqual({ kind: 'audio-only', peerId: 'b', audioOnly: true })
  h.media.dropVideo()
  await h.call.mesh.replace('video', null)
  h.call.mesh.broadcast({ audioOnly: true })
  expect(FakePc.at(0).transceivers[1]?.sender.track).toBeNull()
  expect(h.sentSignals().at(-1)).toEqual({ type: 'signal', to: 'b', data: { audioOnly: true } })
  h.socket().deliver({ type: 'signal', from: 'c', data: { sdp: { type: 'offer', sdp: 'x' } } })
  expect(h.sentSignals().filter((m) => m.to === 'c')[0]?.data).toEqual({ audioOnly: true })
  h.call.leave(false)
})

test('the host ending the call ends it here: links and socket closed, one ended event', async () => {
  const h = await joined([peer('b', 'host')])
  h.socket().deliver({ type: 'ended' })
  expect(h.kinds().filter((k) => k === 'ended')).toHaveLength(1)
  expect(FakePc.at(0).closed).toBe(true)
  expect(h.socket().readyState).toBe(3)
  expect(h.call.active).toBe(false)
})

test('leaving sends bye (endForAll only when asked) before closing', async () => {
  const h = await joined([peer('b')])
  h.call.leave(true)
  expect(h.socket().sent.at(-1)).toEqual({ type: 'bye', endForAll: true })
  expect(h.kinds().at(-1)).toBe('ended')
})

test('messages that do not fit the protocol are ignored', async () => {
  const h = await joined([])
  h.socket().onmessage?.({ data: '{"type":"signal","from":"b","data":{"sdp":{"type":"bogus"}}}' })
  h.socket().onmessage?.({ data: 'not json' })
  expect(FakePc.made).toHaveLength(0)
  h.call.leave(false)
})

test('the signalling URL follows the page: wss on https, the token escaped', () => {
  expect(signalUrl({ protocol: 'https:', host: 'jf.example:8443' }, '/signal', 'a+b/c')).toBe('wss://jf.example:8443/signal?t=a%2Bb%2Fc')
})
