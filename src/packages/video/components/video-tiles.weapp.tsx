// WeChat: the call's windows are VoIP's own native components (VoipStage from the WeChat port's
// `stream` events); no <video> elements here.
import type { Tile } from './call-tiles'
import { asVoipStream, VoipStage, type VoipStream } from './voip-room'

export function VideoTiles({ tiles, selfAudioOnly }: { tiles: Tile[]; self: unknown; selfAudioOnly: boolean }) {
  const streams = tiles.map((t) => asVoipStream(t.stream)).filter((s): s is VoipStream => s !== null)
  return <VoipStage streams={streams} audioOnly={selfAudioOnly} />
}

/** WeChat: the <camera> preview belongs to the VoIP package; the check's words are shown instead. */
export function Preview(_: { stream: unknown }) {
  return null
}
