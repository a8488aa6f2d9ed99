// The WeChat video port against a fake Taro: what WeChat is asked, and what the page hears back.
import type { RoomView } from '../../../src/core/contract/video.contract'
import type { VideoEvent } from '../../../src/client/video/video.types'

type Listener = (res: { openIdList?: string[]; errCode?: number }) => void
const mockListeners: Record<'members' | 'interrupted' | 'video', Listener | null> = { members: null, interrupted: null, video: null }
const mockTaro = {
  canIUse: jest.fn((_: string) => true),
  getAppBaseInfo: jest.fn(() => ({ SDKVersion: '3.5.0' })),
  getSystemInfoSync: jest.fn(() => ({ SDKVersion: '3.5.0' })),
  getSetting: jest.fn(async () => ({ authSetting: {} as Record<string, boolean> })),
  authorize: jest.fn(async (_: { scope: string }) => ({ errMsg: 'authorize:ok' })),
  setEnable1v1Chat: jest.fn(async (_: unknown) => ({ errMsg: 'ok' })),
  join1v1Chat: jest.fn(async (_: unknown) => ({ errCode: 0, errMsg: 'ok' })),
  joinVoIPChat: jest.fn(async (_: unknown) => ({ errCode: 0, errMsg: 'ok', openIdList: [] as string[] })),
  exitVoIPChat: jest.fn(async () => ({ errMsg: 'ok' })),
  updateVoIPChatMuteConfig: jest.fn(async (_: unknown) => ({ errMsg: 'ok' })),
  onVoIPChatMembersChanged: jest.fn((cb: Listener) => void (mockListeners.members = cb)),
  onVoIPChatInterrupted: jest.fn((cb: Listener) => void (mockListeners.interrupted = cb)),
  offVoIPChatMembersChanged: jest.fn(() => void (mockListeners.members = null)),
  offVoIPChatInterrupted: jest.fn(() => void (mockListeners.interrupted = null)),
  onVoIPVideoMembersChanged: jest.fn((cb: Listener) => void (mockListeners.video = cb)),
  offVoIPVideoMembersChanged: jest.fn(() => void (mockListeners.video = null)),
  subscribeVoIPVideoMembers: jest.fn(async (_: { openIdList: string[] }) => ({ errMsg: 'ok' })),
}
const mockVideoApi = {
  voipSign: jest.fn(async (_: { visitId: string }) => ({
    ok: true as const,
    data: { groupId: 'grp-9f8e', nonceStr: 'n0nce', timeStamp: 1765100000, signature: 'sig-abc' },
  })),
  voipPeers: jest.fn(async (_: { visitId: string }) => ({
    ok: true as const,
    data: {
      caller: { openid: 'o-teacher', nickname: '王老师' } as { openid: string; nickname: string } | null,
      listeners: [
        { openid: 'o-parent', nickname: '李奶奶', present: true },
        { openid: 'o-dad', nickname: '李建国', present: false },
      ],
    },
  })),
}
// Getters: the imports below are hoisted above these constants, and only read them when called.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  get default() {
    return mockTaro
  },
}))
jest.mock('../../../src/client/calls/video', () => ({
  get videoApi() {
    return mockVideoApi
  },
}))

import { video } from '../../../src/client/video/video.weapp'

const person = (side: 'host' | 'guest', label: string) => ({ label, side, present: true, inCall: false, camera: true, microphone: true })
const room = (over: Partial<RoomView> = {}): RoomView => ({
  roomId: 'v:vst-1',
  visitId: 'vst-1',
  format: 'video',
  group: false,
  side: 'host',
  teacherName: '王老师',
  startAt: '2026-12-07T11:00:00.000Z',
  endAt: '2026-12-07T11:45:00.000Z',
  state: 'in_call',
  startedAt: null,
  endedAt: null,
  people: [person('host', '王老师'), person('guest', '李奶奶')],
  canStart: false,
  meetingNumber: null,
  phoneTargets: [],
  fallbacks: [],
  ...over,
})

async function joinAndCollect(r: RoomView) {
  const events: VideoEvent[] = []
  await video.join({ room: r, onEvent: (e) => events.push(e) })
  return events
}
const failures = (events: VideoEvent[]) => events.flatMap((e) => (e.kind === 'failed' ? [e.failure] : []))

afterEach(async () => {
  await video.leave(false)
  jest.clearAllMocks()
})

describe('before offering video', () => {
  test('an old WeChat without VoIP is told to upgrade or use the fallbacks', async () => {
    mockTaro.canIUse.mockReturnValue(false)
    const cap = await video.capability()
    mockTaro.canIUse.mockReturnValue(true)
    expect(cap.available).toBe(false)
    expect(cap.why).toMatch(/升级.*腾讯会议.*电话/)
  })

  test('a base library older than 1v1 and voip-room is refused too', async () => {
    mockTaro.getAppBaseInfo.mockReturnValueOnce({ SDKVersion: '2.10.4' })
    expect((await video.capability()).available).toBe(false)
  })

  test('a camera refused earlier is reported with where to switch it on; the microphone is asked for', async () => {
    mockTaro.getSetting.mockResolvedValueOnce({ authSetting: { 'scope.camera': false } })
    const r = await video.checkDevices()
    expect(r).toMatchObject({ camera: false, microphone: true, failure: { code: 'wx:-30004' } })
    expect(r.failure?.message).toMatch(/右上角.*设置.*摄像头/)
    expect(mockTaro.authorize).toHaveBeenCalledWith({ scope: 'scope.record' })
    expect(mockTaro.authorize).not.toHaveBeenCalledWith({ scope: 'scope.camera' })
  })

  test('a microphone refused in the popup maps to the microphone message', async () => {
    mockTaro.authorize.mockImplementation(async ({ scope }) => {
      if (scope === 'scope.record') throw { errMsg: 'authorize:fail auth deny' }
      return { errMsg: 'authorize:ok' }
    })
    const r = await video.checkDevices()
    mockTaro.authorize.mockImplementation(async () => ({ errMsg: 'authorize:ok' }))
    expect(r).toMatchObject({ camera: true, microphone: false, failure: { code: 'wx:-30003' } })
  })
})

describe('one parent: the teacher rings them', () => {
  test('join1v1Chat gets both openids from voipPeers; the call is joined, and ends when the parent hangs up', async () => {
    const events = await joinAndCollect(room())
    expect(mockVideoApi.voipPeers).toHaveBeenCalledWith({ visitId: 'vst-1' })
    expect(mockTaro.join1v1Chat).toHaveBeenCalledWith({
      caller: { nickname: '王老师', openid: 'o-teacher' },
      listener: { nickname: '李奶奶', openid: 'o-parent' },
      roomType: 'video',
    })
    expect(events).toEqual([{ kind: 'joined' }])
    mockListeners.members!({ openIdList: ['o-teacher', 'o-parent'] })
    expect(events).toContainEqual({ kind: 'peer', peerId: 'o-parent', label: '李奶奶', present: true })
    mockListeners.members!({ openIdList: ['o-teacher'] })
    expect(events[events.length - 1]).toEqual({ kind: 'left' })
  })

  test('an account without 1v1 (-20000) fails with the way out', async () => {
    mockTaro.join1v1Chat.mockRejectedValueOnce({ errCode: -20000, errMsg: 'join1v1Chat:fail not open 1v1 Chat' })
    const [f] = failures(await joinAndCollect(room()))
    expect(f).toMatchObject({ code: 'wx:-20000' })
    expect(f!.message).toMatch(/腾讯会议或电话/)
  })

  test('nobody on the waiting page: nothing to ring, the teacher is pointed at the fallbacks', async () => {
    mockVideoApi.voipPeers.mockResolvedValueOnce({
      ok: true,
      data: {
        caller: { openid: 'o-teacher', nickname: '王老师' },
        listeners: [{ openid: 'o-parent', nickname: '李奶奶', present: false }],
      },
    })
    const [f] = failures(await joinAndCollect(room()))
    expect(f).toMatchObject({ code: 'voip:no-peer', message: expect.stringMatching(/等候页.*腾讯会议、电话/) })
    expect(mockTaro.join1v1Chat).not.toHaveBeenCalled()
  })

  test("the parent's waiting page enables being called and hears the call start when they answer", async () => {
    const guestRoom = room({ side: 'guest', state: 'waiting' })
    await video.wait(guestRoom)
    expect(mockTaro.setEnable1v1Chat).toHaveBeenCalledWith({ enable: true })
    mockListeners.members!({ openIdList: ['o-teacher', 'o-parent'] })
    const events = await joinAndCollect({ ...guestRoom, state: 'in_call' })
    expect(events).toContainEqual({ kind: 'joined' })
    expect(mockTaro.join1v1Chat).not.toHaveBeenCalled()
    mockListeners.members!({ openIdList: ['o-parent'] })
    expect(events[events.length - 1]).toEqual({ kind: 'left' })
    // 重新加入 after the teacher hung up: not "joined" until someone answers again.
    const again = await joinAndCollect({ ...guestRoom, state: 'in_call' })
    expect(again).not.toContainEqual({ kind: 'joined' })
  })
})

describe('a group: everyone joins the signed multi-party room', () => {
  const groupRoom = room({
    group: true,
    format: 'group',
    people: [person('host', '王老师'), person('guest', '李奶奶'), person('guest', '其他家长')],
  })

  test('joinVoIPChat gets the signature; each member becomes a peer with a stream for <voip-room>', async () => {
    mockTaro.joinVoIPChat.mockResolvedValueOnce({ errCode: 0, errMsg: 'ok', openIdList: ['o-teacher', 'o-x'] })
    const events = await joinAndCollect(groupRoom)
    expect(mockVideoApi.voipSign).toHaveBeenCalledWith({ visitId: 'vst-1' })
    expect(mockTaro.joinVoIPChat).toHaveBeenCalledWith(
      expect.objectContaining({ roomType: 'video', groupId: 'grp-9f8e', nonceStr: 'n0nce', timeStamp: 1765100000, signature: 'sig-abc' }),
    )
    expect(mockTaro.join1v1Chat).not.toHaveBeenCalled()
    expect(events).toContainEqual({ kind: 'joined' })
    expect(events).toContainEqual({ kind: 'stream', peerId: 'o-teacher', stream: { openId: 'o-teacher', self: true } })
    expect(events).toContainEqual({ kind: 'peer', peerId: 'o-x', label: '通话中的人', present: true })
  })

  test("a parent joins the same room without asking for openids (the teacher's action only)", async () => {
    const events = await joinAndCollect({ ...groupRoom, side: 'guest' })
    expect(mockVideoApi.voipPeers).not.toHaveBeenCalled()
    expect(mockTaro.joinVoIPChat).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'grp-9f8e', signature: 'sig-abc' }))
    expect(events).toContainEqual({ kind: 'joined' })
  })

  test("everyone's video is subscribed (WeChat shows only two otherwise); 只用声音 receives none; a camera turned off is told", async () => {
    mockTaro.joinVoIPChat.mockResolvedValueOnce({ errCode: 0, errMsg: 'ok', openIdList: ['o-teacher', 'o-x', 'o-y'] })
    const events = await joinAndCollect(groupRoom)
    expect(mockTaro.subscribeVoIPVideoMembers).toHaveBeenLastCalledWith({ openIdList: ['o-x', 'o-y'] })
    video.setAudioOnly(true)
    expect(mockTaro.subscribeVoIPVideoMembers).toHaveBeenLastCalledWith({ openIdList: [] })
    video.setAudioOnly(false)
    mockListeners.video!({ openIdList: ['o-x'] })
    expect(events).toContainEqual({ kind: 'audio-only', peerId: 'o-y', audioOnly: true })
    expect(events).not.toContainEqual({ kind: 'audio-only', peerId: 'o-x', audioOnly: true })
  })

  test('an interruption becomes a failure with a message that says what to do', async () => {
    const events = await joinAndCollect(groupRoom)
    mockListeners.interrupted!({ errCode: -2 })
    const [f] = failures(events)
    expect(f).toMatchObject({ code: 'wx:-2' })
    expect(f!.message).toMatch(/关闭其他通话/)
    expect(mockTaro.offVoIPChatInterrupted).toHaveBeenCalled()
  })

  test('an interruption without a documented code says the call dropped and suggests sound only or the phone', async () => {
    const events = await joinAndCollect(groupRoom)
    mockListeners.interrupted!({ errCode: 7777 })
    expect(failures(events)[0]).toMatchObject({ code: 'voip:interrupted', message: expect.stringMatching(/只用声音.*电话/) })
  })

  test('no signature from the server (local server, VIDEO.NO_VOIP) fails over to the fallbacks', async () => {
    mockVideoApi.voipSign.mockResolvedValueOnce({ ok: false, error: { code: 'VIDEO.NO_VOIP', message: '' } } as never)
    const [f] = failures(await joinAndCollect(groupRoom))
    expect(f).toMatchObject({ code: 'voip:no-sign' })
    expect(f!.message).toMatch(/腾讯会议或电话/)
    expect(mockTaro.joinVoIPChat).not.toHaveBeenCalled()
  })

  test('leaving exits the VoIP room and mutes go to WeChat', async () => {
    await joinAndCollect(groupRoom)
    video.setMuted(true)
    expect(mockTaro.updateVoIPChatMuteConfig).toHaveBeenCalledWith({ muteConfig: { muteMicrophone: true, muteEarphone: false } })
    await video.leave(false)
    expect(mockTaro.exitVoIPChat).toHaveBeenCalled()
    video.setMuted(false)
  })
})
