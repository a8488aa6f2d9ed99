// How long the call has run, and at the agreed end a gentle note — the call is never cut off.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatLocal } from '@/core/time'

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(t)
  }, [everyMs])
  return now
}

const pad = (n: number) => String(n).padStart(2, '0')

export function elapsedText(fromIso: string, now: number): string {
  const s = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000))
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
}

export function VisitTimer({ startedAt, endAt }: { startedAt: string | null; endAt: string }) {
  const now = useNow(1000)
  const over = now >= Date.parse(endAt)
  return (
    <View className="timer" aria-label="通话时间">
      {startedAt ? <Text className="timer__clock">{`通话 ${elapsedText(startedAt, now)}`}</Text> : null}
      {over ? (
        <View className="timer__note" role="status">
          <Text>{`已到约定的结束时间 ${formatLocal(endAt, 'HH:mm')}，可以说完再结束，不会自动挂断`}</Text>
        </View>
      ) : null}
    </View>
  )
}
