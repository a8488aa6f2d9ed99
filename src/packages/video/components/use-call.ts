// The page's call: the shared state machine (core/video/call.machine) decides, this hook runs its
// effects on the video port and the API, and keeps who is on screen (streams, audio-only peers).
import Taro from '@tarojs/taro'
import { useEffect, useReducer, useRef, useState } from 'react'
import type { RoomView } from '@/core/contract/video.contract'
import { decide, initialCall, type CallAction, type CallEffect, type CallMachine, type CallNews } from '@/core/video/call.machine'
import { describeFailure, FAILURE_CODES, type CallFailure } from '@/core/video/voip-errors'
import { videoApi } from '@/client/calls/video'
import { pagePath } from '@/client/routes'
import { video } from '@/client/video/video'
import type { VideoEvent, VideoFailure } from '@/client/video/video.types'

export type Tile = { peerId: string; label: string; stream: unknown; audioOnly: boolean }

/** A port or server failure as the machine wants it: known codes get their advice, others keep the server's words. */
export function toCallFailure(f: VideoFailure): CallFailure {
  return FAILURE_CODES.includes(f.code) ? describeFailure(f.code) : { ...f, fix: 'retry', fallback: true }
}

function tilesReducer(tiles: Tile[], e: VideoEvent | { kind: 'clear' }): Tile[] {
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

  // In order (start before join, leave before the record form); a failure stops what follows.
  const runAll = async (effects: CallEffect[]) => {
    for (const fx of effects) {
      await run(fx)
      if (live.current.state.phase === 'failed' && fx.run === 'api.start') return
    }
  }

  const onEvent = (e: VideoEvent) => {
    if (e.kind === 'peer' || e.kind === 'stream' || e.kind === 'audio-only') return onTile(e)
    if (e.kind === 'ended' || e.kind === 'left') onTile({ kind: 'clear' })
    feed(e.kind === 'failed' ? { kind: 'failed', failure: toCallFailure(e.failure) } : e)
  }

  const run = async (fx: CallEffect) => {
    const { room: r } = live.current
    const visitId = r.visitId
    switch (fx.run) {
      case 'api.start': {
        const res = await videoApi.start({ visitId })
        return res.ok ? undefined : feed({ kind: 'failed', failure: toCallFailure(res.error) })
      }
      case 'api.end':
        return void (await videoApi.end({ visitId }))
      case 'api.callEvent':
        return void (await videoApi.callEvent({ visitId, kind: fx.kind, ...(fx.reason ? { reason: fx.reason.slice(0, 40) } : {}) }))
      case 'api.fallback':
        return // The fallback panel records the way once it actually opened.
      case 'port.join':
        return video.join({ room: r, onEvent })
      case 'port.wait':
        return video.wait(r)
      case 'port.leave':
        onTile({ kind: 'clear' })
        return video.leave(fx.endForAll)
      case 'port.audioOnly':
        return video.setAudioOnly(fx.on)
      case 'port.mute':
        return video.setMuted(fx.on)
      case 'open.record':
        return void Taro.redirectTo({ url: pagePath('visitRecord', { id: visitId }) })
    }
  }

  // The server's room drives the waiting page: a started call rings, an ended one ends.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- feed reads the latest state through a ref
  useEffect(() => feed({ kind: 'room', state: room.state, canStart: room.canStart }), [room.state, room.canStart])
  // A waiting guest can be called (WeChat 1v1); leaving the page leaves the call, never ends it for others.
  useEffect(() => {
    // Opened while the call runs (a late guest, a co-visitor, a reload): join it straight away.
    if (live.current.state.phase === 'ringing') void run({ run: 'port.join' })
    else if (room.side === 'guest') void video.wait(room)
    return () => void video.leave(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page: the room read at mount
  }, [])

  return { state, tiles, error, act: (a: CallAction) => feed(a) }
}
