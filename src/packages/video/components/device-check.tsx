// The waiting room's test of camera and microphone: what works, what to do when not, a live preview
// and (H5) a microphone level bar that moves when someone speaks.
import { Text, View } from '@tarojs/components'
import type { Readiness } from '@/client/video/video.types'
import { BigButton } from '@/client/ui/big-button'
import { MicLevel } from './mic-level'
import { Preview } from './video-tiles'

const mark = (ok: boolean, what: string) => (ok ? `✓ ${what}可以用` : `✗ ${what}打不开`)

type Props = { readiness: Readiness | null; stream: unknown; onRetry: () => void }

export function DeviceCheck({ readiness: r, stream, onRetry }: Props) {
  if (!r)
    return (
      <View className="card" aria-busy="true">
        <Text className="card__meta">正在检查摄像头和麦克风…（如果手机问是否允许，请点“允许”）</Text>
      </View>
    )
  return (
    <View className="card device-check" aria-label="摄像头和麦克风">
      <Text className="card__title">摄像头和麦克风</Text>
      <Text className={`device-check__row ${r.camera ? 'is-ok' : 'is-bad'}`}>{mark(r.camera, '摄像头')}</Text>
      <Text className={`device-check__row ${r.microphone ? 'is-ok' : 'is-bad'}`}>{mark(r.microphone, '麦克风')}</Text>
      {r.failure ? <Text className="device-check__why">{r.failure.message}</Text> : null}
      {r.camera ? <Preview stream={stream} /> : null}
      {r.microphone ? <MicLevel stream={stream} /> : null}
      {!r.camera || !r.microphone ? (
        <BigButton kind="default" onClick={onRetry}>
          重新检查
        </BigButton>
      ) : null}
    </View>
  )
}
