// 视频家访: the waiting room and the call, for the teacher side (host) and the family (guest). The room
// comes from the server (polled); the call runs through the platform's video port.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { usePageParams } from '@/client/use-page-params'
import { Screen } from '@/client/ui/screen'
import { EmptyState, ErrorState, LoadingState } from '@/client/ui/states'
import { video } from '@/client/video/video'
import type { Readiness } from '@/client/video/video.types'
import { RoomScreen } from '../../components/room-screen'
import { useRoom } from '../../components/use-room'

/** The guest's device check: capability first, then camera and microphone, then the preview. */
function useDeviceCheck(enabled: boolean) {
  const [readiness, setReadiness] = useState<Readiness | null>(null)
  const [preview, setPreview] = useState<unknown>(null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!enabled) return
    let alive = true
    void (async () => {
      const cap = await video.capability()
      const r = cap.available
        ? await video.checkDevices()
        : { camera: false, microphone: false, failure: { code: 'cap:no-media', message: cap.why ?? '' } }
      if (!alive) return
      setReadiness(r)
      if (r.camera || r.microphone) setPreview(await video.preview())
    })()
    return () => {
      alive = false
    }
  }, [enabled, round])
  return { readiness, preview, recheck: () => (setReadiness(null), setRound((n) => n + 1)) }
}

export default function VideoRoomPage() {
  const { id: visitId } = usePageParams('videoRoom')
  const [isGuest, setIsGuest] = useState(false)
  const check = useDeviceCheck(isGuest)
  const r = useRoom(visitId, check.readiness)
  useEffect(() => setIsGuest(r.room?.side === 'guest'), [r.room?.side])
  return (
    <Screen title="视频家访" large>
      {r.room && r.error ? (
        <View className="notice-bar" role="status">
          <Text>{r.error.code === 'NET.OFFLINE' ? '网络断开了，正在重试…通话页面请不要关闭' : r.error.message}</Text>
        </View>
      ) : null}
      {r.room ? (
        <RoomScreen room={r.room} readiness={check.readiness} preview={check.preview} onRoom={r.setRoom} onCheck={check.recheck} />
      ) : r.error?.code === 'VIDEO.NOT_AGREED' ? (
        <EmptyState title="现在还不能视频" hint={r.error.message} />
      ) : r.error ? (
        <ErrorState error={r.error} onRetry={r.reload} />
      ) : (
        <LoadingState text="正在进入视频等候室…" />
      )}
    </Screen>
  )
}
