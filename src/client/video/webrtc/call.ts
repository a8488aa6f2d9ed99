// One browser call: ticket → socket → mesh, and getting back after a network blip without losing the
// visit. A socket that drops is reopened with a fresh ticket (tickets expire); a link whose ICE fails
// while the socket is up gets an ICE restart; after a rejoin the mesh is rebuilt (we offer again).
import type { Result } from '../../../core/result'
import type { VideoEvent, VideoFailure } from '../video.types'
import { NETWORK_LOST, serverFailure } from './failures'
import type { LocalMedia } from './media'
import { Mesh } from './mesh'
import { openSignal, signalUrl, type SignalClient, type SocketLike } from './signal-client'

export type Ticket = { token: string; signalPath: string; iceServers: RTCIceServer[] }

export type CallDeps = {
  visitId: string
  ticket: (visitId: string) => Promise<Result<Ticket>>
  socket: (url: string) => SocketLike
  makePc: (config: RTCConfiguration) => RTCPeerConnection
  newStream: () => MediaStream
  media: LocalMedia
  location: { protocol: string; host: string }
  emit: (e: VideoEvent) => void
  /** Timers are injected so tests can step through the back-off. */
  later: (fn: () => void, ms: number) => () => void
}

/** Back-off between rejoin attempts; after the last one the call is given up (fallbacks stay). */
export const REJOIN_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000]
/** How long an ICE "disconnected" may last before we restart ICE ourselves. */
export const ICE_GRACE_MS = 4_000
/** After an ICE restart that did not bring a link back: rejoin the room from scratch. */
export const ICE_REJOIN_MS = 10_000
/** These answers mean the call cannot be rejoined; anything else is worth another try. */
const FINAL = ['VIDEO.ENDED', 'DATA.NOT_FOUND', 'VIDEO.NOT_AGREED', 'VIDEO.DAY_OVER', 'VIDEO.ROOM_FULL', 'AUTH.FORBIDDEN']

export class BrowserCall {
  readonly mesh: Mesh
  private signal: SignalClient | null = null
  private iceServers: RTCIceServer[] = []
  private attempt = 0
  private joinedOnce = false
  private done = false
  private cancelTimer: (() => void) | null = null
  private readonly iceTimers = new Map<string, () => void>()

  constructor(private readonly d: CallDeps) {
    this.mesh = new Mesh({
      makePc: () => d.makePc({ iceServers: this.iceServers }),
      newStream: d.newStream,
      send: (to, data) => this.signal?.send({ type: 'signal', to, data }),
      emit: (e) => this.emit(e),
      local: () => d.media.tracks(),
      audioOnly: () => d.media.audioOnly,
      onIce: (peerId, state) => this.onIce(peerId, state),
      // A retryable refusal (an expired ticket) is followed by the socket closing: we rejoin then.
      onFailure: (f) => (FINAL.includes(f.code) ? this.fail(f) : undefined),
    })
  }

  /** Resolves once connecting is under way (or has failed with an event). */
  async start() {
    await this.connect()
  }

  /** Leave (or, for the host, end for everyone). */
  leave(endForAll: boolean) {
    if (this.done) return
    this.signal?.send({ type: 'bye', endForAll })
    this.stop()
    this.d.emit({ kind: endForAll ? 'ended' : 'left' })
  }

  /** Test hook and last resort: behave as if the network dropped (socket and peer links gone). */
  dropNetwork() {
    if (this.done) return
    this.mesh.closeAll()
    const s = this.signal
    this.signal = null
    s?.close()
    this.lost()
  }

  get active() {
    return !this.done
  }

  private async connect() {
    const t = await this.d.ticket(this.d.visitId)
    if (this.done) return
    if (!t.ok) return FINAL.includes(t.error.code) ? this.fail(serverFailure(t.error)) : this.lost()
    this.iceServers = t.data.iceServers
    const socket = this.d.socket(signalUrl(this.d.location, t.data.signalPath, t.data.token))
    this.signal = openSignal(socket, {
      onMessage: (m) => {
        if (this.mesh.handle(m)) this.welcomed()
      },
      onLost: () => {
        this.signal = null
        this.lost()
      },
    })
  }

  private welcomed() {
    this.attempt = 0
    if (!this.joinedOnce) this.d.emit({ kind: 'joined' })
    this.joinedOnce = true
  }

  private lost() {
    if (this.done) return
    const delay = REJOIN_DELAYS_MS[this.attempt++]
    if (delay === undefined) return this.fail(NETWORK_LOST)
    this.d.emit({ kind: 'reconnecting' })
    this.cancelTimer = this.d.later(() => void this.connect(), delay)
  }

  private onIce(peerId: string, state: 'failed' | 'disconnected' | 'connected') {
    this.iceTimers.get(peerId)?.()
    this.iceTimers.delete(peerId)
    if (state === 'connected') return
    if (state === 'failed') {
      this.mesh.restart(peerId)
      return void this.iceTimers.set(
        peerId,
        this.d.later(() => this.dropNetwork(), ICE_REJOIN_MS),
      )
    }
    this.iceTimers.set(
      peerId,
      this.d.later(() => this.mesh.restart(peerId), ICE_GRACE_MS),
    )
  }

  private emit(e: VideoEvent) {
    if (e.kind === 'ended') this.stop()
    if (!this.done || e.kind === 'ended') this.d.emit(e)
  }

  private fail(failure: VideoFailure) {
    if (this.done) return
    this.stop()
    this.d.emit({ kind: 'failed', failure })
  }

  private stop() {
    this.done = true
    this.cancelTimer?.()
    this.iceTimers.forEach((cancel) => cancel())
    this.mesh.closeAll()
    this.signal?.close()
    this.signal = null
  }
}
