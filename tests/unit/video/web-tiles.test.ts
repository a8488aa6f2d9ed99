// Who is on the call screen: a tile per person, their picture once it arrives, sound-only shown, gone when they leave.
import { tilesReducer, type Tile, type TileEvent } from '../../../src/packages/video/components/call-tiles'

const run = (events: TileEvent[]) => events.reduce<Tile[]>(tilesReducer, [])

test('a person appears, then their picture, then their sound-only switch, without duplicating the tile', () => {
  const stream = { id: 's1' }
  const tiles = run([
    { kind: 'peer', peerId: 'p1', label: '王老师', present: true },
    { kind: 'stream', peerId: 'p1', stream },
    { kind: 'audio-only', peerId: 'p1', audioOnly: true },
    { kind: 'peer', peerId: 'p2', label: '其他家长', present: true },
  ])
  expect(tiles).toEqual([
    { peerId: 'p1', label: '王老师', stream, audioOnly: true },
    { peerId: 'p2', label: '其他家长', stream: null, audioOnly: false },
  ])
})

test('a person who leaves is removed; hanging up clears everyone; other events change nothing', () => {
  const two = run([
    { kind: 'peer', peerId: 'p1', label: 'A', present: true },
    { kind: 'peer', peerId: 'p2', label: 'B', present: true },
  ])
  expect(tilesReducer(two, { kind: 'peer', peerId: 'p1', label: 'A', present: false }).map((t) => t.peerId)).toEqual(['p2'])
  expect(tilesReducer(two, { kind: 'clear' })).toEqual([])
  expect(tilesReducer(two, { kind: 'reconnecting' })).toBe(two)
})
