// H5: the call's pictures — one <video> per other person (their sound plays from it too) and our own
// small preview. WeChat draws its own native windows (VoipStage); its variant is video-tiles.weapp.tsx.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import type { Tile } from './call-tiles'

function StreamVideo({ stream, muted, label }: { stream: unknown; muted: boolean; label: string }) {
  const ref = useRef<HTMLVideoElement | null>(null)
  useEffect(() => {
    const el = ref.current
    if (el && el.srcObject !== stream) el.srcObject = (stream as MediaStream | null) ?? null
  }, [stream])
  return <video ref={ref} className="tile__video" autoPlay playsInline muted={muted} aria-label={label} />
}

export function VideoTiles({ tiles, self, selfAudioOnly }: { tiles: Tile[]; self: unknown; selfAudioOnly: boolean }) {
  return (
    <View className={`tiles ${tiles.length > 1 ? 'tiles--many' : ''}`}>
      {tiles.length === 0 ? <Text className="tiles__empty">正在等对方进来…</Text> : null}
      {tiles.map((t) => (
        <View key={t.peerId} className="tile" data-peer={t.peerId}>
          {t.stream ? <StreamVideo stream={t.stream} muted={false} label={`${t.label}的画面`} /> : null}
          <Text className="tile__label">{t.audioOnly ? `${t.label} · 只用声音` : t.label}</Text>
        </View>
      ))}
      {self && !selfAudioOnly ? (
        <View className="tile tile--self">
          <StreamVideo stream={self} muted label="我的画面" />
          <Text className="tile__label">我</Text>
        </View>
      ) : null}
    </View>
  )
}

/** The waiting room's camera test: what the camera sees now. */
export function Preview({ stream }: { stream: unknown }) {
  return stream ? (
    <View className="preview">
      <StreamVideo stream={stream} muted label="摄像头预览" />
    </View>
  ) : null
}
