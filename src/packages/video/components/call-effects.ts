// What the call machine asks for (core/video/call.machine effects), done on the video port and the API.
import Taro from '@tarojs/taro'
import type { RoomView } from '@/core/contract/video.contract'
import type { CallEffect, CallNews } from '@/core/video/call.machine'
import { toCallFailure } from '@/core/video/voip-errors'
import { videoApi } from '@/client/calls/video'
import { pagePath } from '@/client/routes'
import { video } from '@/client/video/video'
import type { VideoEvent } from '@/client/video/video.types'

export type EffectContext = {
  room: RoomView
  feed: (news: CallNews) => void
  onEvent: (e: VideoEvent) => void
  clearTiles: () => void
}

export async function runEffect(fx: CallEffect, c: EffectContext): Promise<void> {
  const visitId = c.room.visitId
  switch (fx.run) {
    case 'api.start': {
      const res = await videoApi.start({ visitId })
      return res.ok ? undefined : c.feed({ kind: 'failed', failure: toCallFailure(res.error) })
    }
    case 'api.end':
      return void (await videoApi.end({ visitId }))
    case 'api.callEvent':
      return void (await videoApi.callEvent({ visitId, kind: fx.kind, ...(fx.reason ? { reason: fx.reason.slice(0, 40) } : {}) }))
    case 'api.fallback':
      return // The fallback panel records the way once it actually opened.
    case 'port.join':
      return video.join({ room: c.room, onEvent: c.onEvent })
    case 'port.wait':
      return video.wait(c.room)
    case 'port.leave':
      c.clearTiles()
      return video.leave(fx.endForAll)
    case 'port.audioOnly':
      return video.setAudioOnly(fx.on)
    case 'port.mute':
      return video.setMuted(fx.on)
    case 'open.record':
      return void Taro.redirectTo({ url: pagePath('visitRecord', { id: visitId }) })
  }
}
