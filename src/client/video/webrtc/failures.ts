// Why a browser call could not go on: the shared table (core/video/voip-errors) says it in words a
// grandparent can act on; this only picks the entry for what the browser threw.
import { describeFailure, mediaFailure as byName } from '../../../core/video/voip-errors'
import type { VideoFailure } from '../video.types'

export const NO_WEBRTC: VideoFailure = describeFailure('cap:no-media')
export const NETWORK_LOST: VideoFailure = describeFailure('net:offline')

/** A getUserMedia rejection → what to do. */
export function mediaFailure(error: unknown): VideoFailure {
  return byName(error && typeof error === 'object' && 'name' in error ? (error as { name: unknown }).name : null)
}

/** A server answer (VIDEO.*, DATA.NOT_FOUND…) as a failure; its message is already Chinese. */
export function serverFailure(error: { code: string; message: string }): VideoFailure {
  return { code: error.code, message: error.message }
}
