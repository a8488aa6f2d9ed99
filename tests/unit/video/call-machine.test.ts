import {
  availableActions,
  decide,
  initialCall,
  type CallAction,
  type CallActionKind,
  type CallInput,
  type CallMachine,
  type CallNews,
  type CallPhase,
} from '../../../src/core/video/call.machine'
import type { CallSide } from '../../../src/core/video/video.schema'
import { wechatFailure } from '../../../src/core/video/voip-errors'

const FAIL = wechatFailure(-2)
const at = (side: CallSide, over: Partial<CallMachine>): CallMachine => ({ ...initialCall(side, 'waiting', side === 'host'), ...over })

const STATES: Record<string, (side: CallSide) => CallMachine> = {
  waiting: (side) => at(side, {}),
  ringing: (side) => at(side, { phase: 'ringing', room: 'in_call', canStart: false }),
  in_call: (side) => at(side, { phase: 'in_call', room: 'in_call', canStart: false }),
  left: (side) => at(side, { phase: 'ended', room: 'in_call', canStart: false }),
  ended: (side) => at(side, { phase: 'ended', room: 'ended', canStart: false }),
  failed_in_call: (side) => at(side, { phase: 'failed', room: 'in_call', canStart: false, failure: FAIL }),
  failed_waiting: (side) => at(side, { phase: 'failed', failure: FAIL }),
  fallback: (side) => at(side, { phase: 'fallback', room: 'in_call', canStart: false, via: 'phone' }),
}

const ACTIONS: Record<CallActionKind, CallAction> = {
  start: { kind: 'start' },
  join: { kind: 'join' },
  leave: { kind: 'leave' },
  end: { kind: 'end' },
  audio_only: { kind: 'audio_only', on: true },
  mute: { kind: 'mute', on: true },
  fallback: { kind: 'fallback', via: 'meeting' },
}

// Spelled out by hand: state × side → the buttons shown.
const ALLOWED: Record<string, Record<CallSide, CallActionKind[]>> = {
  waiting: { host: ['start', 'fallback'], guest: ['fallback'] },
  ringing: { host: ['leave', 'audio_only', 'mute', 'end', 'fallback'], guest: ['leave', 'audio_only', 'mute', 'fallback'] },
  in_call: { host: ['leave', 'audio_only', 'mute', 'end', 'fallback'], guest: ['leave', 'audio_only', 'mute', 'fallback'] },
  left: { host: ['join', 'end', 'fallback'], guest: ['join', 'fallback'] },
  ended: { host: ['fallback'], guest: ['fallback'] },
  failed_in_call: { host: ['join', 'audio_only', 'end', 'fallback'], guest: ['join', 'audio_only', 'fallback'] },
  failed_waiting: { host: ['start', 'join', 'fallback'], guest: ['join', 'fallback'] },
  fallback: { host: ['join', 'end', 'fallback'], guest: ['join', 'fallback'] },
}

const actionCases = Object.keys(STATES).flatMap((state) =>
  (['host', 'guest'] as CallSide[]).flatMap((side) =>
    (Object.keys(ACTIONS) as CallActionKind[]).map((kind) => [state, side, kind] as const),
  ),
)

describe.each(actionCases)('%s × %s × %s', (state, side, kind) => {
  const allowed = ALLOWED[state]![side].includes(kind)
  test(allowed ? 'is offered and allowed' : 'is not offered and refused in Chinese', () => {
    const s = STATES[state]!(side)
    expect(availableActions(s, side).includes(kind)).toBe(allowed)
    const r = decide(s, ACTIONS[kind])
    expect(r.ok).toBe(allowed)
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
  })
})

const NEWS: Record<string, CallNews> = {
  room_waiting: { kind: 'room', state: 'waiting', canStart: true },
  room_in_call: { kind: 'room', state: 'in_call', canStart: false },
  room_ended: { kind: 'room', state: 'ended', canStart: false },
  joined: { kind: 'joined' },
  reconnecting: { kind: 'reconnecting' },
  left: { kind: 'left' },
  ended: { kind: 'ended' },
  failed: { kind: 'failed', failure: FAIL },
}
const NEWS_KEYS = Object.keys(NEWS)
// state → phase after each news item, in NEWS_KEYS order (the same for both sides).
const AFTER: Record<string, CallPhase[]> = {
  waiting: ['waiting', 'ringing', 'ended', 'waiting', 'waiting', 'waiting', 'ended', 'failed'],
  ringing: ['ringing', 'ringing', 'ended', 'in_call', 'ringing', 'ended', 'ended', 'failed'],
  in_call: ['in_call', 'in_call', 'ended', 'in_call', 'in_call', 'ended', 'ended', 'failed'],
  left: ['ended', 'ended', 'ended', 'ended', 'ended', 'ended', 'ended', 'ended'],
  ended: ['ended', 'ended', 'ended', 'ended', 'ended', 'ended', 'ended', 'ended'],
  failed_in_call: ['failed', 'failed', 'ended', 'failed', 'failed', 'failed', 'ended', 'failed'],
  failed_waiting: ['failed', 'failed', 'ended', 'failed', 'failed', 'failed', 'ended', 'failed'],
  fallback: ['fallback', 'fallback', 'fallback', 'fallback', 'fallback', 'fallback', 'fallback', 'fallback'],
}
const newsCases = Object.keys(STATES).flatMap((state) =>
  (['host', 'guest'] as CallSide[]).flatMap((side) => NEWS_KEYS.map((news, i) => [state, side, news, AFTER[state]![i]!] as const)),
)

test.each(newsCases)('%s × %s hears %s → %s (news is never refused)', (state, side, news, phase) => {
  const r = decide(STATES[state]!(side), NEWS[news]!)
  if (!r.ok) throw new Error(r.error.message)
  expect(r.data.state.phase).toBe(phase)
})

const run = (s: CallMachine, ...inputs: CallInput[]) =>
  inputs.reduce(
    (acc, input) => {
      const r = decide(acc.state, input)
      if (!r.ok) throw new Error(r.error.message)
      return { state: r.data.state, effects: [...acc.effects, ...r.data.effects] }
    },
    { state: s, effects: [] as unknown[] },
  )

describe('flows', () => {
  test('the teacher starts, is joined, ends for everyone and goes to the record form', () => {
    const s = initialCall('host', 'waiting', true)
    const started = run(s, { kind: 'start' })
    expect(started.effects).toEqual([{ run: 'api.start' }, { run: 'port.join' }])
    const joined = run(started.state, { kind: 'joined' })
    expect(joined).toMatchObject({ state: { phase: 'in_call' }, effects: [{ run: 'api.callEvent', kind: 'joined' }] })
    const ended = run(joined.state, { kind: 'end' })
    expect(ended.effects).toEqual([{ run: 'port.leave', endForAll: true }, { run: 'api.end' }, { run: 'open.record' }])
  })

  test("the parent's waiting page joins when the call starts and hangs up when the teacher ends it", () => {
    const rung = run(initialCall('guest', 'waiting', false), { kind: 'room', state: 'in_call', canStart: false })
    expect(rung).toMatchObject({ state: { phase: 'ringing' }, effects: [{ run: 'port.join' }] })
    const over = run(rung.state, { kind: 'joined' }, { kind: 'ended' })
    expect(over.state.phase).toBe('ended')
    expect(over.effects).toContainEqual({ run: 'port.leave', endForAll: false })
    expect(over.effects).not.toContainEqual({ run: 'open.record' })
  })

  test('a failed call is recorded by its code, then "只用声音" tries again without video', () => {
    const inCall = STATES.in_call!('guest')
    const failed = run(inCall, { kind: 'failed', failure: FAIL })
    expect(failed.effects).toEqual([
      { run: 'port.leave', endForAll: false },
      { run: 'api.callEvent', kind: 'failed', reason: 'wx:-2' },
    ])
    expect(failed.state.failure?.message).toMatch(/关闭其他通话/)
    const again = run(failed.state, { kind: 'audio_only', on: true })
    expect(again.state).toMatchObject({ phase: 'ringing', audioOnly: true, failure: null })
    expect(again.effects).toEqual([{ run: 'port.audioOnly', on: true }, { run: 'port.join' }])
  })

  test('only the teacher records a fallback; the parent just opens the other way', () => {
    expect(run(STATES.in_call!('host'), { kind: 'fallback', via: 'phone' }).effects).toEqual([
      { run: 'port.leave', endForAll: false },
      { run: 'api.fallback', via: 'phone' },
    ])
    expect(run(STATES.waiting!('guest'), { kind: 'fallback', via: 'meeting' }).effects).toEqual([])
  })

  test('a parent who failed in the waiting room goes back to waiting, ready to be called', () => {
    const back = run(STATES.failed_waiting!('guest'), { kind: 'join' })
    expect(back).toMatchObject({ state: { phase: 'waiting', failure: null }, effects: [{ run: 'port.wait' }] })
  })

  test('a network blip shows 正在重连 and recovers without a second "joined" record', () => {
    const blip = run(STATES.in_call!('guest'), { kind: 'reconnecting' })
    expect(blip.state.reconnecting).toBe(true)
    const back = run(blip.state, { kind: 'joined' })
    expect(back.state).toMatchObject({ phase: 'in_call', reconnecting: false })
    expect(back.effects).toEqual([])
  })

  test('a late port callback after hanging up changes nothing', () => {
    const left = run(STATES.in_call!('guest'), { kind: 'leave' })
    expect(run(left.state, { kind: 'joined' }, { kind: 'failed', failure: FAIL }, { kind: 'left' }).effects).toEqual([])
  })

  test('a parent cannot start or end the call', () => {
    const r = decide(STATES.in_call!('guest'), { kind: 'end' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('AUTH.FORBIDDEN')
  })
})
