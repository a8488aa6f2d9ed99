// Why a call could not go on, in words a grandparent can act on. Every documented WeChat VoIP code
// (join1v1Chat, joinVoIPChat, setEnable1v1Chat) and every browser media / network failure maps to a
// stable reason code (what call_events records: never device text) and a Chinese message that says
// what to do; `fallback` says whether to point at Tencent Meeting / the phone right away.

/** The one thing the user can do about it; the page shows the matching button. */
export type FailureFix = 'settings' | 'phone-settings' | 'close-other' | 'retry' | 'audio-only' | 'fallback'

export type CallFailure = { code: string; message: string; fix: FailureFix; fallback: boolean }
type Entry = Omit<CallFailure, 'code'>

const MINI_SETTINGS = '点右上角“···” → 设置'
const entry = (message: string, fix: FailureFix, fallback: boolean): Entry => ({ message, fix, fallback })
const CLOSE_OTHER = entry('您正在另一个通话中（微信语音、视频或电话）。请关闭其他通话后，点“重新加入”。', 'close-other', false)
const SYSTEM = entry('微信视频出了点问题。请稍等再点“重新加入”；还不行，就改用腾讯会议或电话。', 'retry', true)
const NO_VIDEO_HERE = entry('这台手机的微信还不能视频通话。请把微信升级到最新版本，或改用腾讯会议、电话。', 'fallback', true)
const NETWORK = entry('网络不好，视频连不上。试试“只用声音”，或改用电话。', 'audio-only', true)

/** WeChat codes (the same numbers from join1v1Chat, joinVoIPChat and the interruption event). */
const WECHAT: Record<string, Entry> = {
  // join1v1Chat / setEnable1v1Chat
  '-20000': entry('学校的小程序还没有开通微信视频通话。请改用腾讯会议或电话。', 'fallback', true),
  '-20001': NO_VIDEO_HERE,
  '-20002': CLOSE_OTHER,
  '-20003': entry('另一个小程序正在通话。请先关掉它，再点“重新加入”。', 'close-other', false),
  '-30000': SYSTEM,
  '-30001': entry('请让微信使用相机：打开手机的“设置” → 找到“微信” → 打开“相机”，再回来点“重新加入”。', 'phone-settings', false),
  '-30002': entry('请让微信使用麦克风：打开手机的“设置” → 找到“微信” → 打开“麦克风”，再回来点“重新加入”。', 'phone-settings', false),
  '-30003': entry(`请开启麦克风权限：${MINI_SETTINGS} → 打开“麦克风”，再点“重新加入”。`, 'settings', false),
  '-30004': entry(`请开启摄像头权限：${MINI_SETTINGS} → 打开“摄像头”，再点“重新加入”。`, 'settings', false),
  // join1v1Chat and joinVoIPChat
  '-1': entry('上一次通话还没有完全结束。请等几秒，再点“重新加入”。', 'retry', false),
  '-2': entry('麦克风正被微信语音或电话占用。请关闭其他通话后，点“重新加入”。', 'close-other', false),
  '-3': entry('加入时被打断了（可能来了电话，或切到了别的应用）。请回到这里，点“重新加入”。', 'retry', false),
  '-1000': SYSTEM,
}

/** Browser getUserMedia errors (DOMException names). */
const MEDIA: Record<string, Entry> = {
  NotAllowedError: entry('请允许使用摄像头和麦克风：点地址栏旁的锁形图标 → 允许“摄像头”和“麦克风”，再刷新这一页。', 'settings', false),
  SecurityError: entry('这个网页不能使用摄像头。请用老师发来的链接重新打开，或改用电话。', 'fallback', true),
  NotFoundError: entry('没有找到摄像头或麦克风。请换一台有摄像头的手机或电脑，或改用电话。', 'fallback', true),
  NotReadableError: entry(
    '摄像头或麦克风正被别的应用使用（微信视频、电话或别的网页）。请关闭其他通话后，点“重新加入”。',
    'close-other',
    false,
  ),
  OverconstrainedError: entry('这台设备的摄像头打不开所需的画面。请点“重新加入”；还不行，试试“只用声音”。', 'retry', false),
  AbortError: entry('摄像头没能打开。请点“重新加入”；还不行，就改用电话。', 'retry', true),
  NotSupportedError: entry('这个浏览器不能视频通话。请换用手机自带的浏览器或电脑上的浏览器，或改用电话。', 'fallback', true),
}

/** Our own reasons: capability checks, the signalling socket, the join ticket, the VoIP signature. */
const OURS: Record<string, Entry> = {
  'cap:no-api': NO_VIDEO_HERE,
  'cap:no-media': MEDIA.NotSupportedError!,
  'voip:interrupted': entry(
    '通话断了（可能来了电话，或网络不好）。请点“重新加入”；网络不好时，试试“只用声音”，或改用电话。',
    'audio-only',
    true,
  ),
  'voip:no-peer': entry('家长还没有打开等候页，拨不通。请等家长打开小程序里的等候页，或改用腾讯会议、电话。', 'fallback', true),
  'voip:no-sign': entry('现在不能用微信视频通话。请改用腾讯会议或电话。', 'fallback', true),
  'net:ice-failed': NETWORK,
  'net:socket-refused': entry('连不上视频服务器。请检查网络后点“重新加入”；还不行，就改用腾讯会议或电话。', 'retry', true),
  'net:offline': entry('网络断开了。请检查 Wi-Fi 或手机流量，恢复后点“重新加入”。', 'retry', true),
  'net:ticket-expired': entry('进入通话的时间过了。请点“重新加入”。', 'retry', false),
  unknown: entry('视频通话出了问题。请点“重新加入”；还不行，就改用腾讯会议或电话。', 'retry', true),
}

const withCode = (code: string, e: Entry): CallFailure => ({ code, ...e })

/** A WeChat VoIP failure (a rejected join1v1Chat / joinVoIPChat / setEnable1v1Chat, or an interruption). */
export function wechatFailure(errCode: unknown, interrupted = false): CallFailure {
  const key = typeof errCode === 'number' ? String(errCode) : ''
  if (WECHAT[key]) return withCode(`wx:${key}`, WECHAT[key])
  return interrupted ? describeFailure('voip:interrupted') : describeFailure('unknown')
}

/** A browser getUserMedia failure, by the DOMException's name. */
export function mediaFailure(name: unknown): CallFailure {
  const key = typeof name === 'string' ? name : ''
  // Older browsers use other names for the same two cases.
  const alias: Record<string, string> = {
    PermissionDeniedError: 'NotAllowedError',
    DevicesNotFoundError: 'NotFoundError',
    TrackStartError: 'NotReadableError',
    TypeError: 'NotSupportedError',
  }
  const known = MEDIA[key] ? key : alias[key]
  return known ? withCode(`media:${known}`, MEDIA[known]!) : describeFailure('unknown')
}

/** A failure by its recorded reason code (the page, logs, or another device's report). */
export function describeFailure(code: string): CallFailure {
  if (code.startsWith('wx:') && WECHAT[code.slice(3)]) return withCode(code, WECHAT[code.slice(3)]!)
  if (code.startsWith('media:') && MEDIA[code.slice(6)]) return withCode(code, MEDIA[code.slice(6)]!)
  return withCode(OURS[code] ? code : 'unknown', OURS[code] ?? OURS.unknown!)
}

/**
 * A port's failure ({ code, message }) as the call machine needs it. A code from this module keeps its
 * fix and fallback; any other (a server refusal, another port's code) keeps its own message and
 * offers retry and the fallbacks.
 */
export function toCallFailure(f: { code: string; message: string }): CallFailure {
  const known = describeFailure(f.code)
  return known.code === f.code
    ? { ...known, message: f.message || known.message }
    : { ...OURS.unknown!, code: f.code, message: f.message || OURS.unknown!.message }
}

/** Every code this module knows, for tests and the README's table. */
export const FAILURE_CODES: readonly string[] = [
  ...Object.keys(WECHAT).map((k) => `wx:${k}`),
  ...Object.keys(MEDIA).map((k) => `media:${k}`),
  ...Object.keys(OURS),
]
