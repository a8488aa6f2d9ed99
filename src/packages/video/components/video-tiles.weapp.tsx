// WeChat: the call's windows are VoIP's own native components (VoipStage, mounted by the page);
// nothing to draw here.
import type { Tile } from './call-tiles'

export function VideoTiles(_: { tiles: Tile[]; self: unknown; selfAudioOnly: boolean }) {
  return null
}

/** WeChat: the <camera> preview belongs to the VoIP package; the check's words are shown instead. */
export function Preview(_: { stream: unknown }) {
  return null
}
