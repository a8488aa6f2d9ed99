// Why a browser call could not go on, in words a grandparent can act on. Codes are short and
// machine-safe (they go into call events); messages say what to do.
import type { VideoFailure } from '../video.types'

const MEDIA: Record<string, VideoFailure> = {
  NotAllowedError: {
    code: 'MEDIA.DENIED',
    message: '没有允许使用摄像头和麦克风。请点地址栏旁的锁形图标，允许摄像头和麦克风，然后刷新页面',
  },
  SecurityError: {
    code: 'MEDIA.DENIED',
    message: '没有允许使用摄像头和麦克风。请点地址栏旁的锁形图标，允许摄像头和麦克风，然后刷新页面',
  },
  NotFoundError: { code: 'MEDIA.NO_DEVICE', message: '没有找到摄像头或麦克风。请换一部手机，或改用电话' },
  OverconstrainedError: { code: 'MEDIA.NO_DEVICE', message: '没有找到可用的摄像头。请换一部手机，或改用电话' },
  NotReadableError: {
    code: 'MEDIA.BUSY',
    message: '摄像头或麦克风正被其他应用使用。请先关掉其他通话或录像，再试一次',
  },
  AbortError: { code: 'MEDIA.BUSY', message: '摄像头或麦克风打不开。请关掉其他通话后再试一次' },
}

export const NO_WEBRTC: VideoFailure = {
  code: 'MEDIA.UNSUPPORTED',
  message: '这个浏览器不能视频通话。请用手机自带浏览器或微信打开，或改用电话、腾讯会议',
}

export const NETWORK_LOST: VideoFailure = {
  code: 'NET.LOST',
  message: '网络断开了，没能重新连上。请检查网络后点“重新加入”，或改用电话',
}

/** A getUserMedia rejection → what to do. */
export function mediaFailure(error: unknown): VideoFailure {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : ''
  return MEDIA[name] ?? { code: 'MEDIA.FAILED', message: '摄像头或麦克风打不开。请刷新页面再试，或改用电话' }
}

/** A server answer (VIDEO.*, DATA.NOT_FOUND…) as a failure; its message is already Chinese. */
export function serverFailure(error: { code: string; message: string }): VideoFailure {
  return { code: error.code, message: error.message }
}
