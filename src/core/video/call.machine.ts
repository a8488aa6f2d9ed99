// One person's call, as their page sees it: waiting → ringing → in_call → ended, or failed →
// fallback (Tencent Meeting, the phone) at any point. Pure, in the style of visit/negotiation.ts:
// `availableActions` says which buttons to show, `decide` returns the next state and the effects
// the page runs (the port, the API, the record form). The server's room state arrives as an event.
import type { ErrorCode } from '../error-codes'
import { err, ok, type Result } from '../result'
import type { CallSide, CallState, Fallback } from './video.schema'
import type { CallFailure } from './voip-errors'

export const CALL_PHASES = ['waiting', 'ringing', 'in_call', 'ended', 'failed', 'fallback'] as const
export type CallPhase = (typeof CALL_PHASES)[number]

export type CallMachine = {
  phase: CallPhase
  side: CallSide
  /** The room as the server last said (another host may start or end it). */
  room: CallState
  canStart: boolean
  failure: CallFailure | null
  via: Fallback | null
  audioOnly: boolean
  muted: boolean
  reconnecting: boolean
}

/** What a person can tap. */
export type CallAction =
  | { kind: 'start' }
  | { kind: 'join' }
  | { kind: 'leave' }
  | { kind: 'end' }
  | { kind: 'audio_only'; on: boolean }
  | { kind: 'mute'; on: boolean }
  | { kind: 'fallback'; via: Fallback }
export type CallActionKind = CallAction['kind']

/** What the world reports: the server's room (polled), the video port's events. */
export type CallNews =
  | { kind: 'room'; state: CallState; canStart: boolean }
  | { kind: 'joined' }
  | { kind: 'reconnecting' }
  | { kind: 'left' }
  | { kind: 'ended' }
  | { kind: 'failed'; failure: CallFailure }

export type CallInput = CallAction | CallNews

/** What the page does next, in order. */
export type CallEffect =
  | { run: 'api.start' }
  | { run: 'api.end' }
  | { run: 'api.callEvent'; kind: 'joined' | 'left' | 'failed'; reason?: string }
  | { run: 'api.fallback'; via: Fallback }
  | { run: 'port.join' }
  /** Guest: be ready to be called again (WeChat 1v1: enable being called). */
  | { run: 'port.wait' }
  | { run: 'port.leave'; endForAll: boolean }
  | { run: 'port.audioOnly'; on: boolean }
  | { run: 'port.mute'; on: boolean }
  | { run: 'open.record' }

export type CallStep = { state: CallMachine; effects: CallEffect[] }

export function initialCall(side: CallSide, room: CallState, canStart: boolean): CallMachine {
  const phase: CallPhase = room === 'ended' ? 'ended' : room === 'in_call' ? 'ringing' : 'waiting'
  return { phase, side, room, canStart, failure: null, via: null, audioOnly: false, muted: false, reconnecting: false }
}

const LIVE: CallPhase[] = ['ringing', 'in_call']

/** The buttons to show: exactly these, never the other side's. */
export function availableActions(s: CallMachine, side: CallSide): CallActionKind[] {
  const host = side === 'host'
  const live = LIVE.includes(s.phase)
  const actions: CallActionKind[] = []
  if (host && s.canStart && s.room !== 'in_call' && !live) actions.push('start')
  // Back to video after a failure, a fallback or leaving: rejoin a running call, or wait again.
  if (s.room !== 'ended' && ['failed', 'fallback', 'ended'].includes(s.phase)) actions.push('join')
  if (live) actions.push('leave')
  // "网络不好：试试只用声音" also works as the way back after a failed call.
  if (live || (s.phase === 'failed' && s.room === 'in_call')) actions.push('audio_only')
  if (live) actions.push('mute')
  if (host && s.room === 'in_call') actions.push('end')
  actions.push('fallback')
  return actions
}

export function decide(s: CallMachine, input: CallInput): Result<CallStep> {
  if (isAction(input)) {
    if (!availableActions(s, s.side).includes(input.kind)) return refuse(s, input.kind)
    return ok(act(s, input))
  }
  // News is never refused: a late port callback after hanging up simply changes nothing.
  return ok(hear(s, input))
}

const ACTION_KINDS: CallActionKind[] = ['start', 'join', 'leave', 'end', 'audio_only', 'mute', 'fallback']
const isAction = (i: CallInput): i is CallAction => (ACTION_KINDS as string[]).includes(i.kind)
const step = (state: CallMachine, ...effects: CallEffect[]): CallStep => ({ state, effects })

function act(s: CallMachine, a: CallAction): CallStep {
  const live = LIVE.includes(s.phase)
  const leave = (endForAll: boolean): CallEffect[] => (live ? [{ run: 'port.leave', endForAll }] : [])
  switch (a.kind) {
    case 'start':
      return step({ ...s, phase: 'ringing', room: 'in_call', failure: null }, { run: 'api.start' }, { run: 'port.join' })
    case 'join':
      return s.room === 'in_call'
        ? step({ ...s, phase: 'ringing', failure: null, via: null }, { run: 'port.join' })
        : step({ ...s, phase: 'waiting', failure: null, via: null }, { run: 'port.wait' })
    case 'leave':
      return step({ ...s, phase: 'ended', reconnecting: false }, ...leave(false), { run: 'api.callEvent', kind: 'left' })
    case 'end':
      return step(
        { ...s, phase: 'ended', room: 'ended', canStart: false, reconnecting: false },
        ...leave(true),
        { run: 'api.end' },
        { run: 'open.record' },
      )
    case 'audio_only':
      if (live) return step({ ...s, audioOnly: a.on }, { run: 'port.audioOnly', on: a.on })
      return step({ ...s, phase: 'ringing', audioOnly: a.on, failure: null }, { run: 'port.audioOnly', on: a.on }, { run: 'port.join' })
    case 'mute':
      return step({ ...s, muted: a.on }, { run: 'port.mute', on: a.on })
    case 'fallback': {
      // Only the host records how the visit was held; a guest just opens the other way.
      const record: CallEffect[] = s.side === 'host' ? [{ run: 'api.fallback', via: a.via }] : []
      return step({ ...s, phase: 'fallback', via: a.via, reconnecting: false }, ...leave(false), ...record)
    }
  }
}

function hear(s: CallMachine, n: CallNews): CallStep {
  const live = LIVE.includes(s.phase)
  switch (n.kind) {
    case 'room':
      return heardRoom(s, n.state, n.canStart)
    case 'joined':
      return s.phase === 'ringing'
        ? step({ ...s, phase: 'in_call', reconnecting: false }, { run: 'api.callEvent', kind: 'joined' })
        : step({ ...s, reconnecting: false })
    case 'reconnecting':
      return step({ ...s, reconnecting: s.phase === 'in_call' })
    case 'left':
      return live ? step({ ...s, phase: 'ended', reconnecting: false }, { run: 'api.callEvent', kind: 'left' }) : step(s)
    case 'ended':
      return endedForAll(s)
    case 'failed':
      if (!live && s.phase !== 'waiting') return step(s)
      return step(
        { ...s, phase: 'failed', failure: n.failure, reconnecting: false },
        ...(live ? [{ run: 'port.leave', endForAll: false } as const] : []),
        { run: 'api.callEvent', kind: 'failed', reason: n.failure.code },
      )
  }
}

/** The server's room: a started call rings a waiting page; an ended one ends everyone's. */
function heardRoom(s: CallMachine, room: CallState, canStart: boolean): CallStep {
  const next = { ...s, room, canStart }
  if (room === 'ended') return endedForAll(next)
  if (room === 'in_call' && s.phase === 'waiting') return step({ ...next, phase: 'ringing' }, { run: 'port.join' })
  return step(next)
}

function endedForAll(s: CallMachine): CallStep {
  const wasEnded = s.phase === 'ended' && s.room === 'ended'
  const next: CallMachine = {
    ...s,
    room: 'ended',
    canStart: false,
    reconnecting: false,
    phase: s.phase === 'fallback' ? 'fallback' : 'ended',
  }
  if (wasEnded) return step(next)
  const effects: CallEffect[] = LIVE.includes(s.phase) ? [{ run: 'port.leave', endForAll: false }] : []
  // The teacher writes the record right after (a co-visitor too: whoever is host).
  if (s.side === 'host' && s.phase !== 'fallback') effects.push({ run: 'open.record' })
  return step(next, ...effects)
}

function refuse(s: CallMachine, kind: CallActionKind): Result<never> {
  const no = (code: ErrorCode, message: string) => err(code, message)
  if (s.side === 'guest' && (kind === 'start' || kind === 'end')) return no('AUTH.FORBIDDEN', '只有家访老师可以发起或结束通话')
  if (s.room === 'ended') return no('VIDEO.ENDED', '这次视频通话已经结束')
  if (kind === 'join' || kind === 'end') return no('VIDEO.NOT_STARTED', '老师还没有发起通话，请保持此页面打开')
  return no('VIDEO.NOT_STARTED', LIVE.includes(s.phase) ? '通话已经开始' : '现在还不在通话中')
}
