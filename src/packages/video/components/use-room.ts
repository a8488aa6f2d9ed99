// The room as the server sees it, kept fresh: polled every few seconds (a waiting guest must notice
// the teacher's start quickly), and for a guest a `ready` report every 30 s with what the device can do.
import { useEffect, useRef, useState } from 'react'
import type { RoomView } from '@/core/contract/video.contract'
import type { AppError } from '@/core/result'
import { videoApi } from '@/client/calls/video'
import type { Readiness } from '@/client/video/video.types'

export const ROOM_POLL_MS = 3_000
/** A parent waiting for the teacher's start: asked more often, so the call starts within about a second. */
export const WAITING_GUEST_POLL_MS = 1_000
export const READY_EVERY_MS = 30_000

export type RoomState = { room: RoomView | null; error: AppError | null; reload: () => void; setRoom: (r: RoomView) => void }

export function useRoom(visitId: string, readiness: Readiness | null): RoomState {
  const [room, setRoom] = useState<RoomView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [nonce, setNonce] = useState(0)
  const ready = useRef(readiness)
  ready.current = readiness
  const lastReady = useRef(0)

  useEffect(() => {
    let alive = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      const r = ready.current
      const report = r && Date.now() - lastReady.current >= READY_EVERY_MS
      const res = report ? await videoApi.ready({ visitId, camera: r.camera, microphone: r.microphone }) : await videoApi.room({ visitId })
      if (!alive) return
      if (report && res.ok) lastReady.current = Date.now()
      if (res.ok) {
        setRoom(res.data)
        setError(null)
      } else setError(res.error)
      // Gone for good (not this person's visit): stop asking.
      if (!res.ok && res.error.code === 'DATA.NOT_FOUND') return
      const waitingGuest = res.ok && res.data.side === 'guest' && res.data.state === 'waiting'
      timer = setTimeout(() => void tick(), waitingGuest ? WAITING_GUEST_POLL_MS : ROOM_POLL_MS)
    }
    void tick()
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [visitId, nonce])

  // A fresh readiness is reported at once, not 30 s later.
  useEffect(() => {
    lastReady.current = 0
  }, [readiness?.camera, readiness?.microphone])

  return { room, error, reload: () => setNonce((n) => n + 1), setRoom }
}
