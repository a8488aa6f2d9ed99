import { videoContract } from '../../../src/core/contract/video.contract'
import { describeFailure, FAILURE_CODES, mediaFailure, toCallFailure, wechatFailure } from '../../../src/core/video/voip-errors'

const CHINESE = /[\u4e00-\u9fa5]/
const UNKNOWN = describeFailure('unknown').message

// Spelled out from WeChat's docs (wx.join1v1Chat, wx.joinVoIPChat), not from the code under test.
const DOCUMENTED_WECHAT = [-20000, -20001, -20002, -20003, -30000, -30001, -30002, -30003, -30004, -1, -2, -3, -1000]
const BROWSER = [
  'NotAllowedError',
  'NotFoundError',
  'NotReadableError',
  'OverconstrainedError',
  'AbortError',
  'SecurityError',
  'NotSupportedError',
]

describe('every documented code has its own Chinese message', () => {
  test.each(DOCUMENTED_WECHAT)('WeChat %i', (n) => {
    const f = wechatFailure(n)
    expect(f.code).toBe(`wx:${n}`)
    expect(f.message).toMatch(CHINESE)
    expect(f.message).not.toBe(UNKNOWN)
  })
  test.each(BROWSER)('browser %s', (name) => {
    const f = mediaFailure(name)
    expect(f.code).toBe(`media:${name}`)
    expect(f.message).toMatch(CHINESE)
    expect(f.message).not.toBe(UNKNOWN)
  })
})

describe('the message says what to do', () => {
  test('a mini-program permission points at 右上角 → 设置 and names the device', () => {
    expect(wechatFailure(-30004).message).toMatch(/右上角.*设置.*摄像头/)
    expect(wechatFailure(-30003).message).toMatch(/右上角.*设置.*麦克风/)
    expect(wechatFailure(-30004).fix).toBe('settings')
  })
  test("WeChat's own permission points at the phone's settings, not the mini-program's", () => {
    expect(wechatFailure(-30001).message).toMatch(/手机的“设置”.*微信.*相机/)
    expect(wechatFailure(-30002).message).toMatch(/手机的“设置”.*微信.*麦克风/)
    expect(wechatFailure(-30001).fix).toBe('phone-settings')
  })
  test('another call in the way: close it and retry, no need to give up on video', () => {
    for (const f of [wechatFailure(-20002), wechatFailure(-2), mediaFailure('NotReadableError')]) {
      expect(f.message).toMatch(/关闭其他通话/)
      expect(f.fix).toBe('close-other')
      expect(f.fallback).toBe(false)
    }
  })
  test('a bad network suggests sound only or the phone, and offers the fallback', () => {
    const f = describeFailure('net:ice-failed')
    expect(f.message).toMatch(/网络不好.*只用声音.*电话/)
    expect(f).toMatchObject({ fix: 'audio-only', fallback: true })
  })
  test('video not possible on this account or device: straight to Tencent Meeting or the phone', () => {
    for (const f of [wechatFailure(-20000), wechatFailure(-20001), describeFailure('cap:no-api'), mediaFailure('NotFoundError')]) {
      expect(f.fallback).toBe(true)
      expect(f.message).toMatch(/电话/)
    }
  })
  test('an expired ticket just needs a new try', () => {
    expect(describeFailure('net:ticket-expired')).toMatchObject({ fix: 'retry', fallback: false })
  })
})

describe('unknown input', () => {
  test('an undocumented WeChat code falls back to a general message that still offers the fallback', () => {
    expect(wechatFailure(-99999)).toMatchObject({ code: 'unknown', fallback: true })
    expect(wechatFailure(undefined)).toMatchObject({ code: 'unknown' })
  })
  test('an undocumented code on an interruption says the call dropped', () => {
    expect(wechatFailure(12345, true)).toMatchObject({ code: 'voip:interrupted', fallback: true })
    expect(wechatFailure(-2, true).code).toBe('wx:-2')
  })
  test("older browsers' names mean the same", () => {
    expect(mediaFailure('PermissionDeniedError').code).toBe('media:NotAllowedError')
    expect(mediaFailure('DevicesNotFoundError').code).toBe('media:NotFoundError')
    expect(mediaFailure('Weird').code).toBe('unknown')
  })
  test('a recorded code reads back as the same failure', () => {
    for (const code of FAILURE_CODES) expect(describeFailure(code).code).toBe(code)
    expect(describeFailure('wx:-424242').code).toBe('unknown')
  })
})

test('every reason code can be recorded as a call event (the contract refuses free text)', () => {
  for (const reason of FAILURE_CODES) {
    const parsed = videoContract.callEvent.input.safeParse({ visitId: 'vst-1', kind: 'failed', reason })
    expect(parsed.success).toBe(true)
  }
  expect(FAILURE_CODES.length).toBeGreaterThanOrEqual(DOCUMENTED_WECHAT.length + BROWSER.length + 5)
})

test("a port's failure reaches the call machine with its fix; another code keeps its own words and offers the fallbacks", () => {
  expect(toCallFailure({ code: 'wx:-30004', message: '请开启摄像头权限' })).toMatchObject({
    fix: 'settings',
    fallback: false,
    message: '请开启摄像头权限',
  })
  expect(toCallFailure({ code: 'VIDEO.NOT_STARTED', message: '老师还没有发起通话' })).toEqual({
    code: 'VIDEO.NOT_STARTED',
    message: '老师还没有发起通话',
    fix: 'retry',
    fallback: true,
  })
})
