// A browser call over fakes: tickets numbered per request, timers stepped by hand, events collected.
import type { Result } from '../../../src/core/result'
import type { VideoEvent } from '../../../src/client/video/video.types'
import { BrowserCall, type Ticket } from '../../../src/client/video/webrtc/call'
import { LocalMedia } from '../../../src/client/video/webrtc/media'
import { FakePc, FakeSocket } from './web-fakes'

export const track = (kind: string) => ({ kind, enabled: true, stop: jest.fn() })

export function fakeDevices(opts: { camera?: boolean } = {}) {
  return {
    getUserMedia: jest.fn(async (c: MediaStreamConstraints) => {
      if (c.video && opts.camera === false) throw Object.assign(new Error('denied'), { name: 'NotAllowedError' })
      const tracks = [...(c.audio ? [track('audio')] : []), ...(c.video ? [track('video')] : [])]
      return {
        getTracks: () => tracks,
        getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
        getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
        addTrack: (t: ReturnType<typeof track>) => tracks.push(t),
        removeTrack: (t: ReturnType<typeof track>) => tracks.splice(tracks.indexOf(t), 1),
      } as unknown as MediaStream
    }),
  }
}

/** Calls still open (left in afterEach so no keep-alive timer outlives a test). */
export const openCalls: BrowserCall[] = []

export function harness(opts: { ticket?: () => Result<Ticket>; camera?: boolean } = {}) {
  FakePc.made = []
  FakeSocket.made = []
  const events: VideoEvent[] = []
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = []
  let n = 0
  const media = new LocalMedia(fakeDevices({ camera: opts.camera }))
  const call = new BrowserCall({
    visitId: 'v1',
    ticket: jest.fn(
      async () => opts.ticket?.() ?? { ok: true as const, data: { token: `tok${++n}`, signalPath: '/signal', iceServers: [] } },
    ),
    socket: (url) => new FakeSocket(url).asSocket(),
    makePc: (config) => new FakePc(config) as unknown as RTCPeerConnection,
    newStream: () => ({ addTrack: jest.fn() }) as unknown as MediaStream,
    media,
    location: { protocol: 'http:', host: 'localhost:8080' },
    emit: (e) => events.push(e),
    later: (fn, ms) => {
      const t = { fn, ms, cancelled: false }
      timers.push(t)
      return () => void (t.cancelled = true)
    },
  })
  openCalls.push(call)
  const socket = (): FakeSocket => {
    const s = FakeSocket.made.at(-1)
    if (!s) throw new Error('no socket opened yet')
    return s
  }
  /** Run the timers due so far (the back-off, the ICE grace). */
  const tick = () => timers.splice(0).forEach((t) => t.cancelled || t.fn())
  const sentSignals = (s = socket()) => s.sent.filter((m) => m.type === 'signal') as { to: string; data: Record<string, unknown> }[]
  return { call, media, events, timers, tick, socket, sentSignals, kinds: () => events.map((e) => e.kind) }
}

export const peer = (peerId: string, side: 'host' | 'guest' = 'guest') => ({ peerId, label: `P${peerId}`, side })
