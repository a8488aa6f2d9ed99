// H5: the video port on WebRTC. One call at a time; the page never sees RTCPeerConnection. For the
// E2E tests and the bench, `window.__jfCall` exposes the live call (its peer connections and a way
// to drop the network) — nothing in it that the page's own user could not already do.
import { videoApi } from '../calls/video'
import type { VideoPort } from './video.types'
import { BrowserCall } from './webrtc/call'
import { NO_WEBRTC } from './webrtc/failures'
import { LocalMedia } from './webrtc/media'

let media: LocalMedia | null = null
let call: BrowserCall | null = null

function devices(): MediaDevices | null {
  return typeof navigator !== 'undefined' && 'mediaDevices' in navigator ? navigator.mediaDevices : null
}

function localMedia(): LocalMedia {
  media ??= new LocalMedia(devices())
  return media
}

function supported(): boolean {
  return typeof window !== 'undefined' && typeof RTCPeerConnection !== 'undefined' && typeof WebSocket !== 'undefined' && !!devices()
}

function later(fn: () => void, ms: number) {
  const t = setTimeout(fn, ms)
  return () => clearTimeout(t)
}

function expose(c: BrowserCall) {
  ;(window as unknown as { __jfCall?: unknown }).__jfCall = {
    peers: () => [...c.mesh.links.values()].map((l) => l.pc),
    drop: () => c.dropNetwork(),
    active: () => c.active,
  }
}

export const video: VideoPort = {
  capability: async () => (supported() ? { available: true, why: null } : { available: false, why: NO_WEBRTC.message }),
  checkDevices: () => localMedia().check(),
  preview: async () => {
    await localMedia().open()
    return localMedia().tracks().stream
  },
  // The browser guest just keeps the page open; the page joins when the room says in_call.
  wait: async () => undefined,
  join: async ({ room, onEvent }) => {
    call?.leave(false)
    const m = localMedia()
    const { failure } = await m.open()
    if (failure && !m.tracks().audio) return onEvent({ kind: 'failed', failure })
    const c = new BrowserCall({
      visitId: room.visitId,
      ticket: (visitId) => videoApi.joinTicket({ visitId }),
      socket: (url) => new WebSocket(url),
      makePc: (config) => new RTCPeerConnection(config),
      newStream: () => new MediaStream(),
      media: m,
      location: window.location,
      emit: onEvent,
      later,
    })
    call = c
    expose(c)
    await c.start()
  },
  setAudioOnly: (audioOnly) => void switchAudioOnly(audioOnly),
  setMuted: (muted) => localMedia().setMuted(muted),
  leave: async (endForAll) => {
    call?.leave(endForAll)
    call = null
    media?.release()
    media = null
  },
}

/** Stop (or resume) sending video and tell the peers, who show "只用声音". */
async function switchAudioOnly(audioOnly: boolean) {
  const m = localMedia()
  if (audioOnly) m.dropVideo()
  const track = audioOnly ? null : await m.restoreVideo()
  await call?.mesh.replace('video', track)
  call?.mesh.broadcast({ audioOnly: m.audioOnly })
}
