// The page's call: the shared state machine (core/video/call.machine) decides, call-effects runs what
// it asks for, and call-tiles keeps who is on screen (pictures, sound-only peers).
import { useEffect, useReducer, useRef, useState } from 'react'
import type { RoomView } from '@/core/contract/video.contract'
import { decide, initialCall, type CallAction, type CallEffect, type CallMachine, type CallNews } from '@/core/video/call.machine'
import { toCallFailure } from '@/core/video/voip-errors'
import { video } from '@/client/video/video'
import type { VideoEvent } from '@/client/video/video.types'
import { runEffect } from './call-effects'
import { tilesReducer } from './call-tiles'

export type { Tile } from './call-tiles'

export function useCall(room: RoomView) {
  const [state, setState] = useState<CallMachine>(() => initialCall(room.side, room.state, room.canStart))
  const [tiles, onTile] = useReducer(tilesReducer, [])
  const [error, setError] = useState<string | null>(null)
  const live = useRef({ state, room })
  live.current = { state, room }

  const feed = (input: CallAction | CallNews) => {
    const res = decide(live.current.state, input)
    if (!res.ok) return setError(res.error.message)
    setError(null)
    live.current.state = res.data.state
    setState(res.data.state)
    void runAll(res.data.effects)
  }
  const onEvent = (e: VideoEvent) => {
    if (e.kind === 'peer' || e.kind === 'stream' || e.kind === 'audio-only') return onTile(e)
    if (e.kind === 'ended' || e.kind === 'left') onTile({ kind: 'clear' })
    feed(e.kind === 'failed' ? { kind: 'failed', failure: toCallFailure(e.failure) } : e)
  }
  const run = (fx: CallEffect) => runEffect(fx, { room: live.current.room, feed, onEvent, clearTiles: () => onTile({ kind: 'clear' }) })
  // In order (start before join, leave before the record form); a failed start stops what follows.
  const runAll = async (effects: CallEffect[]) => {
    for (const fx of effects) {
      await run(fx)
      if (live.current.state.phase === 'failed' && fx.run === 'api.start') return
    }
  }

  // The server's room drives the waiting page: a started call rings, an ended one ends.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- feed reads the latest state through a ref
  useEffect(() => feed({ kind: 'room', state: room.state, canStart: room.canStart }), [room.state, room.canStart])
  useEffect(() => {
    // Opened while the call runs (a late guest, a co-visitor, a reload): join it straight away.
    // A waiting guest can be called (WeChat 1v1); leaving the page leaves the call, never ends it for others.
    if (live.current.state.phase === 'ringing') void run({ run: 'port.join' })
    else if (room.side === 'guest') void video.wait(room)
    return () => void video.leave(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page: the room read at mount
  }, [])

  return { state, tiles, error, act: (a: CallAction) => feed(a) }
}
