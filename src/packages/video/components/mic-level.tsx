// H5: a bar that moves with the microphone, so a grandparent can see the phone hears them.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

function useLevel(stream: unknown): number {
  const [level, setLevel] = useState(0)
  useEffect(() => {
    const s = stream as MediaStream | null
    const Ctx = typeof AudioContext === 'undefined' ? null : AudioContext
    if (!s?.getAudioTracks?.().length || !Ctx) return
    const ctx = new Ctx()
    const analyser = ctx.createAnalyser()
    analyser.fftSize = 256
    ctx.createMediaStreamSource(s).connect(analyser)
    const data = new Uint8Array(analyser.fftSize)
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(data)
      let peak = 0
      for (const v of data) peak = Math.max(peak, Math.abs(v - 128))
      setLevel(Math.min(1, peak / 64))
    }, 150)
    return () => {
      clearInterval(timer)
      void ctx.close()
    }
  }, [stream])
  return level
}

export function MicLevel({ stream }: { stream: unknown }) {
  const level = useLevel(stream)
  return (
    <View className="mic-level" aria-label="麦克风音量">
      <Text className="card__meta">说句话试试，下面的条会动：</Text>
      <View className="mic-level__track">
        <View className="mic-level__bar" style={{ width: `${Math.round(level * 100)}%` }} />
      </View>
    </View>
  )
}
