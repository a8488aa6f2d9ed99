// H5 (and tsc / jest): no <voip-room> in the browser; the WebRTC call shows its own <video>
// elements. The page mounts <VoipStage> on every platform and never branches (voip-room.weapp.tsx).
import './voip-room.scss'

/** A member of a WeChat multi-party call, from the port's `stream` events (`stream` is this shape). */
export type VoipStream = { openId: string; self: boolean }
export type VoipStageProps = { streams: VoipStream[]; audioOnly?: boolean }

export function VoipStage(_: VoipStageProps) {
  return null
}

/** The WeChat port's `stream` event payload, read safely (H5 streams are MediaStreams: not these). */
export function asVoipStream(stream: unknown): VoipStream | null {
  const s = stream as Partial<VoipStream> | null
  return s && typeof s.openId === 'string' && typeof s.self === 'boolean' ? { openId: s.openId, self: s.self } : null
}
