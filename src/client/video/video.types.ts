// One video port for every page: the call page never branches on the platform. H5 implements it with
// WebRTC through our signalling server (video.h5.ts); WeChat with VoIP (video.weapp.ts).
import type { RoomView } from '../../core/contract/video.contract'

/** Why a call could not go on; mapped to a Chinese message that says what to do (core/video/voip-errors). */
export type VideoFailure = { code: string; message: string }

export type VideoEvent =
  | { kind: 'joined' }
  /** Someone else is in the call (label shaped by the server for this viewer). */
  | { kind: 'peer'; peerId: string; label: string; present: boolean }
  /** A remote video (H5: a MediaStream to attach to a <video>; WeChat: rendered by its own component). */
  | { kind: 'stream'; peerId: string; stream: unknown }
  | { kind: 'audio-only'; peerId: string; audioOnly: boolean }
  /** The network dropped; the port is trying to get back. */
  | { kind: 'reconnecting' }
  | { kind: 'left' }
  /** The host ended the call for everyone. */
  | { kind: 'ended' }
  | { kind: 'failed'; failure: VideoFailure }

export type Readiness = { camera: boolean; microphone: boolean; failure: VideoFailure | null }

export type VideoCapability = { available: boolean; why: string | null }

export type JoinOptions = { room: RoomView; onEvent: (e: VideoEvent) => void }

export type VideoPort = {
  /** Can this device hold a video call here at all (before offering it)? */
  capability: () => Promise<VideoCapability>
  /** The waiting room's check: ask for camera and microphone and say what works. */
  checkDevices: () => Promise<Readiness>
  /** The local preview for the waiting room's test (H5: a MediaStream; WeChat: null, shown by <camera>). */
  preview: () => Promise<unknown>
  /** Guest: wait to be called (WeChat 1v1: enable being called). Host: nothing. */
  wait: (room: RoomView) => Promise<void>
  /** Start (host) or join (guest) the room's call. Resolves once the attempt is under way. */
  join: (opts: JoinOptions) => Promise<void>
  setAudioOnly: (audioOnly: boolean) => void
  setMuted: (muted: boolean) => void
  /** Leave; `endForAll` from the host hangs up everyone. */
  leave: (endForAll: boolean) => Promise<void>
}
