// Who is on the call screen, from the port's events: one tile per other person, with their picture
// (once it arrives) and whether they switched to sound only. Pure, so it is tested without a page.
import type { VideoEvent } from '../../../client/video/video.types'

export type Tile = { peerId: string; label: string; stream: unknown; audioOnly: boolean }

export type TileEvent = VideoEvent | { kind: 'clear' }

export function tilesReducer(tiles: Tile[], e: VideoEvent | { kind: 'clear' }): Tile[] {
  const upsert = (peerId: string, patch: Partial<Tile>) => {
    const had = tiles.find((t) => t.peerId === peerId)
    const next = { peerId, label: '', stream: null, audioOnly: false, ...had, ...patch }
    return had ? tiles.map((t) => (t.peerId === peerId ? next : t)) : [...tiles, next]
  }
  switch (e.kind) {
    case 'peer':
      return e.present ? upsert(e.peerId, { label: e.label }) : tiles.filter((t) => t.peerId !== e.peerId)
    case 'stream':
      return upsert(e.peerId, { stream: e.stream })
    case 'audio-only':
      return upsert(e.peerId, { audioOnly: e.audioOnly })
    case 'clear':
      return []
    default:
      return tiles
  }
}
