// The browser call getting back after a network drop, ICE restarts, and the camera falling back.
import { ICE_GRACE_MS, ICE_REJOIN_MS, REJOIN_DELAYS_MS } from '../../../src/client/video/webrtc/call'
import { mediaFailure } from '../../../src/client/video/webrtc/failures'
import { LocalMedia } from '../../../src/client/video/webrtc/media'
import { FakePc, settle } from './web-fakes'
import { fakeDevices, harness, openCalls, peer } from './web-harness'

afterEach(() => openCalls.splice(0).forEach((c) => c.leave(false)))

async function inCall(h: ReturnType<typeof harness>, peers = [peer('b')]) {
  await h.media.open()
  await h.call.start()
  h.socket().open()
  h.socket().deliver({ type: 'welcome', peerId: 'a', peers })
  await settle()
}

test('a dropped socket is reopened with a fresh ticket; the mesh is rebuilt and "joined" is not said twice', async () => {
  const h = harness()
  await inCall(h)
  const first = h.socket()
  first.drop()
  expect(h.kinds().at(-1)).toBe('reconnecting')
  expect(h.timers[0]?.ms).toBe(REJOIN_DELAYS_MS[0])
  h.tick()
  await settle()
  expect(h.socket()).not.toBe(first)
  expect(h.socket().url).toContain('t=tok2')
  h.socket().open()
  h.socket().deliver({ type: 'welcome', peerId: 'a2', peers: [peer('b')] })
  await settle()
  expect(FakePc.at(0).closed).toBe(true)
  expect(FakePc.at(1).closed).toBe(false)
  expect(h.sentSignals().some((m) => m.to === 'b' && (m.data.sdp as { type?: string })?.type === 'offer')).toBe(true)
  expect(h.kinds().filter((k) => k === 'joined')).toHaveLength(1)
})

test('while the network stays down, rejoining backs off and finally gives up with a message', async () => {
  const h = harness({ ticket: () => ({ ok: false, error: { code: 'NET.OFFLINE', message: '连接失败' } }) })
  await h.call.start()
  for (let i = 0; i < REJOIN_DELAYS_MS.length; i++) {
    h.tick()
    await settle()
  }
  expect(h.kinds().filter((k) => k === 'reconnecting')).toHaveLength(REJOIN_DELAYS_MS.length)
  expect(h.events.at(-1)).toMatchObject({ kind: 'failed', failure: { code: 'net:offline' } })
})

test('a refusal that cannot change (not this family’s visit) fails at once with the server’s words', async () => {
  const h = harness({ ticket: () => ({ ok: false, error: { code: 'DATA.NOT_FOUND', message: '找不到这次家访' } }) })
  await h.call.start()
  expect(h.events).toEqual([{ kind: 'failed', failure: { code: 'DATA.NOT_FOUND', message: '找不到这次家访' } }])
  expect(h.timers).toHaveLength(0)
})

test('an expired ticket refused on the socket is retried; a room that ended is not', async () => {
  const h = harness()
  await inCall(h)
  h.socket().deliver({ type: 'error', code: 'VIDEO.BAD_TICKET', message: '凭证过期' })
  h.socket().drop()
  expect(h.kinds().at(-1)).toBe('reconnecting')
  h.tick()
  await settle()
  h.socket().deliver({ type: 'error', code: 'VIDEO.ENDED', message: '通话已结束' })
  expect(h.events.at(-1)).toMatchObject({ kind: 'failed', failure: { code: 'VIDEO.ENDED' } })
})

test('ICE failing restarts ICE at once; "disconnected" waits a grace period and is cancelled by reconnecting', async () => {
  const h = harness()
  await inCall(h, [peer('b'), peer('c')])
  const pb = FakePc.at(0)
  const pc = FakePc.at(1)
  pb.ice('failed')
  expect(pb.restarts).toBe(1)
  pb.ice('connected') // the restart worked: no rejoin
  pc.ice('disconnected')
  expect(h.timers.at(-1)?.ms).toBe(ICE_GRACE_MS)
  pc.ice('connected')
  h.tick()
  expect(pc.restarts).toBe(0)
  pc.ice('disconnected')
  h.tick()
  expect(pc.restarts).toBe(1)
})

test('a camera that will not open leaves the microphone: the call goes on with sound only', async () => {
  const media = new LocalMedia(fakeDevices({ camera: false }))
  expect(await media.check()).toEqual({ camera: false, microphone: true, failure: null })
  expect(media.audioOnly).toBe(true)
  media.setMuted(true)
  expect(media.tracks().audio?.enabled).toBe(false)
})

test('no WebRTC in this browser, and a refused permission, each say what to do', async () => {
  expect(await new LocalMedia(null).check()).toMatchObject({ camera: false, failure: { code: 'cap:no-media' } })
  expect(mediaFailure({ name: 'NotAllowedError' })).toMatchObject({
    code: 'media:NotAllowedError',
    message: expect.stringContaining('允许'),
  })
  expect(mediaFailure({ name: 'NotReadableError' }).message).toContain('其他')
})

test('an ICE restart that does not bring the link back within its time: the room is rejoined from scratch', async () => {
  const h = harness()
  await inCall(h)
  const first = h.socket()
  FakePc.at(0).ice('failed')
  expect(FakePc.at(0).restarts).toBe(1)
  expect(h.timers.at(-1)?.ms).toBe(ICE_REJOIN_MS)
  h.tick()
  expect(FakePc.at(0).closed).toBe(true)
  expect(h.kinds().at(-1)).toBe('reconnecting')
  h.tick()
  await settle()
  expect(h.socket()).not.toBe(first)
})
