// One RTCPeerConnection to one other person, with "perfect negotiation" so that two offers crossing
// (an ICE restart on both sides at once, a rejoin racing a renegotiation) never wedge the call: the
// polite side rolls its own offer back, the impolite side ignores the other's.
import type { SignalData } from '../../../core/video/signal.schema'

export type LinkDeps = {
  pc: RTCPeerConnection
  /** True on exactly one side of each pair (decided from the two peer ids). */
  polite: boolean
  send: (data: SignalData) => void
  onStream: (stream: MediaStream) => void
  /** ICE gave up (failed) or stayed disconnected: the call layer decides what to do. */
  onTrouble: (state: 'failed' | 'disconnected' | 'connected') => void
  /** A stream to group received tracks when the sender named none. */
  newStream: () => MediaStream
}

type Tracks = { audio: MediaStreamTrack | null; video: MediaStreamTrack | null; stream: MediaStream | null }
const KINDS = ['audio', 'video'] as const

export class PeerLink {
  readonly pc: RTCPeerConnection
  private makingOffer = false
  private ignoreOffer = false
  private queue: Promise<void> = Promise.resolve()
  private fallbackStream: MediaStream | null = null
  closed = false

  constructor(private readonly d: LinkDeps) {
    this.pc = d.pc
    this.pc.onnegotiationneeded = () => void this.offer()
    this.pc.onicecandidate = (e) => {
      if (e.candidate) d.send({ candidate: candidateJson(e.candidate) })
    }
    this.pc.ontrack = (e) => d.onStream(e.streams[0] ?? this.streamFor(e.track))
    this.pc.oniceconnectionstatechange = () => {
      const s = this.pc.iceConnectionState
      if (s === 'failed' || s === 'disconnected' || s === 'connected') d.onTrouble(s)
    }
  }

  /** The newcomer's side: send our tracks (or ask to receive both kinds), which triggers the offer. */
  startOffer(t: Tracks) {
    for (const kind of KINDS) {
      const track = t[kind]
      this.pc.addTransceiver(track ?? kind, { direction: 'sendrecv', streams: t.stream ? [t.stream] : [] })
    }
  }

  /** Messages from this peer are handled one at a time, in order. */
  receive(data: SignalData, local: Tracks): Promise<void> {
    this.queue = this.queue.then(() => this.handle(data, local)).catch(() => undefined)
    return this.queue
  }

  /** Swap what we send of one kind (audio-only: video → null) without renegotiating. */
  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null) {
    const tr = this.transceiver(kind)
    if (tr) await tr.sender.replaceTrack(track)
  }

  restartIce() {
    if (!this.closed) this.pc.restartIce()
  }

  close() {
    this.closed = true
    this.pc.onnegotiationneeded = this.pc.onicecandidate = this.pc.ontrack = this.pc.oniceconnectionstatechange = null
    this.pc.close()
  }

  private async offer() {
    if (this.closed) return
    try {
      this.makingOffer = true
      await this.pc.setLocalDescription()
      this.sendDescription()
    } finally {
      this.makingOffer = false
    }
  }

  private async handle(data: SignalData, local: Tracks) {
    if (this.closed) return
    if ('candidate' in data) {
      try {
        await this.pc.addIceCandidate(data.candidate)
      } catch (e) {
        if (!this.ignoreOffer) throw e
      }
      return
    }
    if (!('sdp' in data)) return
    const collision = data.sdp.type === 'offer' && (this.makingOffer || this.pc.signalingState !== 'stable')
    this.ignoreOffer = !this.d.polite && collision
    if (this.ignoreOffer) return
    await this.pc.setRemoteDescription(data.sdp)
    if (data.sdp.type !== 'offer') return
    await this.attach(local)
    await this.pc.setLocalDescription()
    this.sendDescription()
  }

  /** Answering side: put our tracks on the transceivers the offer created. */
  private async attach(local: Tracks) {
    for (const kind of KINDS) {
      const tr = this.transceiver(kind)
      if (!tr || tr.sender.track) continue
      tr.direction = 'sendrecv'
      const track = local[kind]
      if (track) await tr.sender.replaceTrack(track)
      if (local.stream) tr.sender.setStreams?.(local.stream)
    }
  }

  private transceiver(kind: 'audio' | 'video'): RTCRtpTransceiver | undefined {
    return this.pc.getTransceivers().find((t) => t.receiver.track?.kind === kind && t.currentDirection !== 'stopped')
  }

  private sendDescription() {
    const desc = this.pc.localDescription
    if (desc && (desc.type === 'offer' || desc.type === 'answer')) this.d.send({ sdp: { type: desc.type, sdp: desc.sdp } })
  }

  private streamFor(track: MediaStreamTrack): MediaStream {
    this.fallbackStream ??= this.d.newStream()
    this.fallbackStream.addTrack(track)
    return this.fallbackStream
  }
}

function candidateJson(c: RTCIceCandidate) {
  const j = c.toJSON()
  return {
    candidate: j.candidate ?? '',
    sdpMid: j.sdpMid ?? null,
    sdpMLineIndex: j.sdpMLineIndex ?? null,
    usernameFragment: j.usernameFragment ?? null,
  }
}
