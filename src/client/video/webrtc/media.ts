// The local camera and microphone: asked for once, kept across reconnects, and released on leave.
// Audio-only stops the camera (its light goes off, no video is sent); back to video asks again.
import type { Readiness, VideoFailure } from '../video.types'
import { mediaFailure, NO_WEBRTC } from './failures'
import type { LocalTracks } from './mesh'

export type MediaDevicesLike = Pick<MediaDevices, 'getUserMedia'>

const VIDEO: MediaTrackConstraints = { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } }

export class LocalMedia {
  private stream: MediaStream | null = null
  private opening: Promise<{ failure: VideoFailure | null }> | null = null
  private muted = false
  audioOnly = false

  constructor(private readonly devices: MediaDevicesLike | null) {}

  tracks(): LocalTracks {
    const s = this.stream
    return { audio: s?.getAudioTracks()[0] ?? null, video: s?.getVideoTracks()[0] ?? null, stream: s }
  }

  /** Camera and microphone; if the camera will not open, the microphone alone (the call still goes on). */
  open(): Promise<{ failure: VideoFailure | null }> {
    // The preview and the call ask at once: one request to the camera, not two.
    this.opening ??= this.acquire().finally(() => (this.opening = null))
    return this.opening
  }

  private async acquire(): Promise<{ failure: VideoFailure | null }> {
    if (this.stream) return { failure: null }
    if (!this.devices) return { failure: NO_WEBRTC }
    try {
      this.stream = await this.devices.getUserMedia({ audio: true, video: this.audioOnly ? false : VIDEO })
    } catch (e) {
      try {
        this.stream = await this.devices.getUserMedia({ audio: true, video: false })
        this.audioOnly = true
      } catch {
        return { failure: mediaFailure(e) }
      }
    }
    this.applyMute()
    return { failure: null }
  }

  /** The waiting room's test: what opened, and why not when something did not. */
  async check(): Promise<Readiness> {
    if (!this.devices) return { camera: false, microphone: false, failure: NO_WEBRTC }
    const { failure } = await this.open()
    const t = this.tracks()
    return { camera: !!t.video, microphone: !!t.audio, failure }
  }

  setMuted(muted: boolean) {
    this.muted = muted
    this.applyMute()
  }

  /** Stop the camera; returns nothing to send for video. */
  dropVideo() {
    this.audioOnly = true
    for (const t of this.stream?.getVideoTracks() ?? []) {
      t.stop()
      this.stream?.removeTrack(t)
    }
  }

  /** Open the camera again; returns the new video track (null if it would not open). */
  async restoreVideo(): Promise<MediaStreamTrack | null> {
    this.audioOnly = false
    if (!this.devices || !this.stream) return null
    try {
      const extra = await this.devices.getUserMedia({ video: VIDEO, audio: false })
      const track = extra.getVideoTracks()[0] ?? null
      if (track) this.stream.addTrack(track)
      return track
    } catch {
      this.audioOnly = true
      return null
    }
  }

  release() {
    this.stream?.getTracks().forEach((t) => t.stop())
    this.stream = null
  }

  private applyMute() {
    for (const t of this.stream?.getAudioTracks() ?? []) t.enabled = !this.muted
  }
}
