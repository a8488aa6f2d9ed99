// Fakes for the browser's WebRTC and WebSocket, enough to drive the mesh and the call without a browser.
import type { SocketLike } from '../../../src/client/video/webrtc/signal-client'

type Desc = { type: 'offer' | 'answer' | 'rollback'; sdp: string }

export class FakeTransceiver {
  direction = 'recvonly'
  currentDirection: string | null = null
  sender: { track: unknown; replaceTrack: (t: unknown) => Promise<void>; setStreams: () => void }
  constructor(
    kind: string,
    track: unknown,
    public receiver = { track: { kind } },
  ) {
    this.sender = { track, replaceTrack: async (t) => void (this.sender.track = t), setStreams: () => undefined }
  }
}

export class FakePc {
  static made: FakePc[] = []
  static at(i: number): FakePc {
    const pc = FakePc.made[i]
    if (!pc) throw new Error(`no peer connection #${i}`)
    return pc
  }
  signalingState: 'stable' | 'have-local-offer' | 'have-remote-offer' = 'stable'
  iceConnectionState = 'new'
  localDescription: Desc | null = null
  remote: Desc | null = null
  transceivers: FakeTransceiver[] = []
  candidates: unknown[] = []
  restarts = 0
  closed = false
  onnegotiationneeded: (() => void) | null = null
  onicecandidate: ((e: { candidate: unknown }) => void) | null = null
  ontrack: ((e: unknown) => void) | null = null
  oniceconnectionstatechange: (() => void) | null = null
  constructor(public config: unknown) {
    FakePc.made.push(this)
  }
  addTransceiver(trackOrKind: unknown, _init: unknown) {
    const kind = typeof trackOrKind === 'string' ? trackOrKind : (trackOrKind as { kind: string }).kind
    this.transceivers.push(new FakeTransceiver(kind, typeof trackOrKind === 'string' ? null : trackOrKind))
    // Like a browser: one negotiationneeded for changes made together.
    if (this.pending) return
    this.pending = true
    queueMicrotask(() => {
      this.pending = false
      this.onnegotiationneeded?.()
    })
  }
  private pending = false
  getTransceivers() {
    return this.transceivers
  }
  async setLocalDescription() {
    const type = this.signalingState === 'have-remote-offer' ? 'answer' : 'offer'
    this.localDescription = { type, sdp: `${type}-sdp` }
    this.signalingState = type === 'offer' ? 'have-local-offer' : 'stable'
  }
  async setRemoteDescription(d: Desc) {
    this.remote = d
    if (d.type === 'offer' && !this.transceivers.length)
      this.transceivers = [new FakeTransceiver('audio', null), new FakeTransceiver('video', null)]
    this.signalingState = d.type === 'offer' ? 'have-remote-offer' : 'stable'
  }
  async addIceCandidate(c: unknown) {
    this.candidates.push(c)
  }
  restartIce() {
    this.restarts++
  }
  close() {
    this.closed = true
  }
  ice(state: string) {
    this.iceConnectionState = state
    this.oniceconnectionstatechange?.()
  }
}

export class FakeSocket {
  static made: FakeSocket[] = []
  readyState = 0
  sent: Record<string, unknown>[] = []
  onopen: (() => void) | null = null
  onmessage: ((e: { data: unknown }) => void) | null = null
  onclose: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public url: string) {
    FakeSocket.made.push(this)
  }
  send(text: string) {
    this.sent.push(JSON.parse(text) as Record<string, unknown>)
  }
  close() {
    this.readyState = 3
    this.onclose?.()
  }
  open() {
    this.readyState = 1
    this.onopen?.()
  }
  deliver(m: unknown) {
    this.onmessage?.({ data: JSON.stringify(m) })
  }
  /** The network (not us) closed it. */
  drop() {
    this.readyState = 3
    this.onclose?.()
  }
  asSocket() {
    return this as unknown as SocketLike
  }
}

/** Let queued promise chains (offers, answers) run. */
export const settle = () => new Promise((r) => setImmediate(r))
