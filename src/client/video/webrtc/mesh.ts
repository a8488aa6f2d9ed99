// The full mesh of one room: one PeerLink per other person, kept in step with what the signalling
// server says (welcome, joined, left, signal). The newcomer offers to everyone already there; the
// others wait for that offer. Media and sockets come in from outside, so this runs under test fakes.
import type { Peer, ServerMessage, SignalData } from '../../../core/video/signal.schema'
import type { VideoEvent, VideoFailure } from '../video.types'
import { PeerLink } from './peer-link'

export type LocalTracks = { audio: MediaStreamTrack | null; video: MediaStreamTrack | null; stream: MediaStream | null }

export type MeshDeps = {
  makePc: () => RTCPeerConnection
  newStream: () => MediaStream
  send: (to: string, data: SignalData) => void
  emit: (e: VideoEvent) => void
  local: () => LocalTracks
  audioOnly: () => boolean
  /** ICE trouble on one link (failed / disconnected / connected again). */
  onIce: (peerId: string, state: 'failed' | 'disconnected' | 'connected') => void
  onFailure: (f: VideoFailure) => void
}

export class Mesh {
  myId: string | null = null
  readonly links = new Map<string, PeerLink>()
  private readonly labels = new Map<string, Peer>()

  constructor(private readonly d: MeshDeps) {}

  /** One server message; returns true on the room's welcome (we are in). */
  handle(m: ServerMessage): boolean {
    switch (m.type) {
      case 'welcome':
        this.welcome(m.peerId, m.peers)
        return true
      case 'peer-joined':
        this.drop(m.peer.peerId, false)
        this.labels.set(m.peer.peerId, m.peer)
        this.d.emit({ kind: 'peer', peerId: m.peer.peerId, label: m.peer.label, present: true })
        return false
      case 'peer-left':
        this.drop(m.peerId, true)
        return false
      case 'signal':
        this.signal(m.from, m.data)
        return false
      case 'ended':
        this.d.emit({ kind: 'ended' })
        return false
      case 'error':
        this.d.onFailure({ code: m.code, message: m.message })
        return false
      default:
        return false
    }
  }

  /** Tell every peer (audio-only changes). */
  broadcast(data: SignalData) {
    for (const id of this.links.keys()) this.d.send(id, data)
  }

  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null) {
    await Promise.all([...this.links.values()].map((l) => l.replace(kind, track)))
  }

  closeAll() {
    for (const id of [...this.links.keys()]) this.drop(id, false)
  }

  peerIds(): string[] {
    return [...this.links.keys()]
  }

  private welcome(myId: string, peers: Peer[]) {
    // A rejoin after a drop: everything from the old connection is gone; start the mesh anew.
    for (const id of [...this.labels.keys()]) if (!peers.some((p) => p.peerId === id)) this.drop(id, true)
    this.closeAll()
    this.myId = myId
    for (const p of peers) {
      this.labels.set(p.peerId, p)
      this.d.emit({ kind: 'peer', peerId: p.peerId, label: p.label, present: true })
      this.link(p.peerId).startOffer(this.d.local())
    }
  }

  private signal(from: string, data: SignalData) {
    if ('audioOnly' in data) return this.d.emit({ kind: 'audio-only', peerId: from, audioOnly: data.audioOnly })
    const link = this.links.get(from) ?? ('sdp' in data && data.sdp.type === 'offer' ? this.link(from) : null)
    void link?.receive(data, this.d.local())
  }

  private link(peerId: string): PeerLink {
    const link = new PeerLink({
      pc: this.d.makePc(),
      polite: (this.myId ?? '') < peerId,
      send: (data) => this.d.send(peerId, data),
      onStream: (stream) => this.d.emit({ kind: 'stream', peerId, stream }),
      onTrouble: (state) => this.d.onIce(peerId, state),
      newStream: this.d.newStream,
    })
    this.links.set(peerId, link)
    if (this.d.audioOnly()) this.d.send(peerId, { audioOnly: true })
    return link
  }

  private drop(peerId: string, gone: boolean) {
    this.links.get(peerId)?.close()
    this.links.delete(peerId)
    if (!gone) return
    const label = this.labels.get(peerId)?.label ?? ''
    this.labels.delete(peerId)
    this.d.emit({ kind: 'peer', peerId, label, present: false })
  }

  /** The ICE-restart path: a link whose network path broke while the socket stayed up. */
  restart(peerId: string) {
    this.links.get(peerId)?.restartIce()
  }
}
