import type { RoomView } from '../../../src/core/contract/video.contract'
import type { Dial, DialOutcome } from '../../../src/client/dial.types'
import { meetingFallback, phoneFallback, type FallbackDeps } from '../../../src/packages/video/components/fallback-steps'

const room = { roomId: 'v:1', fallbacks: [{ via: 'phone', at: '2026-12-07T11:10:00.000Z' }] } as unknown as RoomView

function deps(outcome: DialOutcome, over: Partial<FallbackDeps> = {}) {
  const calls: string[] = []
  const dial: Dial = {
    call: async (phone) => (calls.push(`call ${phone}`), outcome),
    openMeeting: async (n) => (calls.push(`meeting ${n}`), outcome),
    meetingLink: () => null,
  }
  const d: FallbackDeps = {
    dial,
    onRevealPhone: async (g) => (calls.push(`reveal ${g}`), { ok: true, data: { phone: '13800138000' } }),
    onFallback: async (via) => (calls.push(`record ${via}`), { ok: true, data: room }),
    ...over,
  }
  return { d, calls }
}

test('phoning a guardian: the number is revealed, the dialer opens, then the visit is recorded as held by phone', async () => {
  const { d, calls } = deps('opened')
  expect(await phoneFallback(d, 'gdn-1')).toEqual({ error: null, room })
  expect(calls).toEqual(['reveal gdn-1', 'call 13800138000', 'record phone'])
})

test('cancelling the dial sheet records nothing and says nothing', async () => {
  const { d, calls } = deps('cancelled')
  expect(await phoneFallback(d, 'gdn-1')).toEqual({ error: null, room: null })
  expect(calls).not.toContain('record phone')
})

test('a refused reveal stops before dialling, with the server message', async () => {
  const { d, calls } = deps('opened', {
    onRevealPhone: async () => ({ ok: false, error: { code: 'VIDEO.NO_PHONE', message: '这位家长没有登记电话' } }),
  })
  expect(await phoneFallback(d, 'gdn-1')).toEqual({ error: '这位家长没有登记电话', room: null })
  expect(calls).toEqual([])
})

test('Tencent Meeting that could not open is not recorded, and the teacher is told to try another way', async () => {
  const { d, calls } = deps('failed')
  const out = await meetingFallback(d, '123456789')
  expect(out.room).toBeNull()
  expect(out.error).toMatch(/换一种方式/)
  expect(calls).toEqual(['meeting 123456789'])
})

test('Tencent Meeting opened: recorded as held by meeting', async () => {
  const { d, calls } = deps('opened')
  expect((await meetingFallback(d, '123456789')).room).toBe(room)
  expect(calls).toEqual(['meeting 123456789', 'record meeting'])
})
