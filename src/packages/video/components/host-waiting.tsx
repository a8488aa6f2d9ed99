// The teacher's waiting room: who is waiting (and whether their camera and microphone work), and
// 开始视频 when the agreed day has come.
import { Text, View } from '@tarojs/components'
import type { RoomView } from '@/core/contract/video.contract'
import { formatLocal } from '@/core/time'
import { BigButton } from '@/client/ui/big-button'

type Person = RoomView['people'][number]

function deviceWords(p: Person): string {
  if (p.camera && p.microphone) return '摄像头、麦克风正常'
  if (p.microphone) return '摄像头打不开，可以只用声音'
  if (p.camera) return '麦克风打不开'
  return '摄像头和麦克风都打不开'
}

export function HostWaiting({ room, canStart, onStart }: { room: RoomView; canStart: boolean; onStart: () => void }) {
  const guests = room.people.filter((p) => p.side === 'guest')
  const waiting = guests.filter((p) => p.present)
  return (
    <View>
      <View className="card" aria-label="等候的家长">
        <Text className="card__title">{waiting.length ? `${waiting.length} 位家长在等候` : '家长还没有进入等候室'}</Text>
        {guests.length === 0 ? <Text className="card__meta">家长打开等候页后会显示在这里。</Text> : null}
        {guests.map((p, i) => (
          <View key={`${p.label}-${i}`} className="waiting__row">
            <Text className="waiting__name">{p.label}</Text>
            <Text className={`waiting__state ${p.present ? 'is-ok' : ''}`}>
              {p.present ? `在等候 · ${deviceWords(p)}` : '已离开等候页'}
            </Text>
          </View>
        ))}
      </View>
      <Text className="card__meta">{`约定时间 ${formatLocal(room.startAt, 'HH:mm')}–${formatLocal(room.endAt, 'HH:mm')}`}</Text>
      {canStart ? <BigButton onClick={onStart}>开始视频</BigButton> : <Text className="card__meta">约定的家访日当天才能开始视频。</Text>}
    </View>
  )
}
