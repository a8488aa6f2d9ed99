// The visit negotiation as an explicit state machine: which side may do what, in which state, and
// what follows. Pure: the route loads the visit, asks `decide`, and writes the result atomically.
import type { Agreement, Side, ThreadEntry, Visit, VisitOption, VisitStatus } from '../model/visit.schema'
import { err, ok, type Result } from '../result'
import type { ErrorCode } from '../error-codes'
import { normaliseOptions, type OptionInput } from './options.rules'
import { lastChangeWords } from './who-acted'

export type Command =
  | { kind: 'accept'; optionId: string }
  | { kind: 'counter'; options: OptionInput[]; text: string }
  | { kind: 'decline_home'; options: OptionInput[]; text: string }
  | { kind: 'reschedule'; options: OptionInput[]; text: string }
  | { kind: 'cancel'; reason: string }
  | { kind: 'phone_agreement'; option: OptionInput; guardianId: string }
export type CommandKind = Command['kind']

export type Actor = { side: Side; userId: string; name: string }
/** A registered guardian of the visit's family: a phone agreement names one of these, never free text. */
export type GuardianRef = { id: string; name: string }
export type Effects = {
  /** An agreed window to lock in the teacher's calendar. */
  takeSlots: VisitOption | null
  /** A previously agreed window to free. */
  releaseSlots: VisitOption | null
  /** The family's claim for this period is given up (cancellation). */
  releaseClaim: boolean
  /** Who is told: the other side, by notification. */
  notify: { side: Side; event: 'proposal' | 'agreed' | 'changed' | 'cancelled' } | null
}
export type Decision = { patch: Partial<Visit>; entry: ThreadEntry; effects: Effects }

const other = (side: Side): Side => (side === 'teacher' ? 'parent' : 'teacher')
const awaiting = (side: Side): VisitStatus => (side === 'teacher' ? 'awaiting_teacher' : 'awaiting_parent')
const OPEN: VisitStatus[] = ['awaiting_parent', 'awaiting_teacher', 'scheduled']

/** What a side may do now: the UI shows exactly these, never the other side's buttons. */
export function availableActions(visit: Pick<Visit, 'status' | 'startAt'>, side: Side, now: Date): CommandKind[] {
  const started = visit.startAt !== null && new Date(visit.startAt) <= now
  if (visit.status === awaiting(side)) {
    const own: CommandKind[] = ['accept', 'counter', 'cancel']
    if (side === 'parent') own.push('decline_home')
    if (side === 'teacher') own.push('phone_agreement')
    return own
  }
  if (visit.status === awaiting(other(side))) return side === 'teacher' ? ['cancel', 'phone_agreement'] : ['cancel']
  if (visit.status === 'scheduled' && !started) return ['reschedule', 'cancel']
  return []
}

export function decide(
  visit: Visit,
  actor: Actor,
  command: Command,
  now: Date,
  noticeVersion: string,
  guardians: readonly GuardianRef[] = [],
): Result<Decision> {
  if (!availableActions(visit, actor.side, now).includes(command.kind)) return refuse(visit, actor, command.kind)
  const at = now.toISOString()
  const seq = visit.thread.length + 1
  const entry = (kind: ThreadEntry['kind'], options: VisitOption[], chosen: string | null, text: string): ThreadEntry => ({
    seq,
    at,
    side: actor.side,
    actorUserId: actor.userId,
    actorName: actor.name,
    kind,
    options,
    chosenOptionId: chosen,
    text,
  })
  const none: Effects = { takeSlots: null, releaseSlots: null, releaseClaim: false, notify: null }
  switch (command.kind) {
    case 'accept': {
      const option = visit.options.find((o) => o.id === command.optionId)
      if (!option) return err('VISIT.NO_SUCH_OPTION', '这个时间已不在可选范围内，请刷新后重新选择')
      if (new Date(option.startAt) <= now) return err('VISIT.PAST', '这个时间已经过去，请商量新的时间')
      const agreed = agreement(visit, actor, option, at, noticeVersion)
      return ok({
        patch: { status: 'scheduled', agreed, startAt: option.startAt },
        entry: entry('accept', [], option.id, ''),
        effects: { ...none, takeSlots: option, notify: { side: other(actor.side), event: 'agreed' } },
      })
    }
    case 'counter':
    case 'decline_home':
    case 'reschedule': {
      const homeDeclined = visit.homeDeclined || command.kind === 'decline_home'
      if (command.kind !== 'decline_home' || command.options.length > 0) {
        const opts = normaliseOptions(command.options, now, { homeAllowed: !homeDeclined, idPrefix: `r${seq}` })
        if (!opts.ok) return opts
        return ok(offer(visit, actor, command.kind, opts.data, homeDeclined, at, entry(command.kind, opts.data, null, command.text), none))
      }
      return ok(offer(visit, actor, command.kind, [], true, at, entry('decline_home', [], null, command.text), none))
    }
    case 'cancel': {
      const reason = command.reason.trim()
      if (!reason) return err('VISIT.REASON_REQUIRED', '请填写取消原因')
      return ok({
        patch: {
          status: 'cancelled',
          cancelledBy: actor.side,
          cancelReason: reason,
          makeUpNeeded: actor.side === 'teacher' && visit.required,
        },
        entry: entry('cancel', [], null, reason),
        effects: {
          ...none,
          releaseSlots: visit.status === 'scheduled' ? visit.agreed!.option : null,
          releaseClaim: true,
          notify: { side: other(actor.side), event: 'cancelled' },
        },
      })
    }
    case 'phone_agreement': {
      const guardian = guardians.find((g) => g.id === command.guardianId)
      if (!guardian) return err('VISIT.NOT_A_GUARDIAN', '请从孩子已登记的家长中选择通话的家长；名单里没有的，请先由班主任登记')
      const opts = normaliseOptions([command.option], now, { homeAllowed: !visit.homeDeclined, idPrefix: `p${seq}` })
      if (!opts.ok) return opts
      const option = opts.data[0]!
      const agreed = agreement(visit, actor, option, at, noticeVersion, guardian)
      return ok({
        patch: { status: 'scheduled', options: opts.data, agreed, startAt: option.startAt },
        entry: entry('phone_agreement', opts.data, option.id, `电话约定（${guardian.name}）`),
        effects: { ...none, takeSlots: option, notify: { side: 'parent', event: 'agreed' } },
      })
    }
  }
}

function offer(
  visit: Visit,
  actor: Actor,
  kind: CommandKind,
  options: VisitOption[],
  homeDeclined: boolean,
  at: string,
  e: ThreadEntry,
  none: Effects,
): Decision {
  const wasScheduled = visit.status === 'scheduled'
  return {
    // A reschedule clears the agreement: the other side must agree again, no shortcut.
    patch: {
      status: awaiting(other(actor.side)),
      options,
      offeredBy: actor.side,
      offeredAt: at,
      homeDeclined,
      agreed: null,
      startAt: null,
    },
    entry: e,
    effects: {
      ...none,
      releaseSlots: wasScheduled ? visit.agreed!.option : null,
      notify: { side: other(actor.side), event: kind === 'reschedule' ? 'changed' : 'proposal' },
    },
  }
}

function agreement(
  visit: Visit,
  actor: Actor,
  option: VisitOption,
  at: string,
  noticeVersion: string,
  /** Set for a phone agreement: the registered guardian the teacher spoke to. */
  byPhoneWith: GuardianRef | null = null,
): Agreement {
  const parentAccepts = actor.side === 'parent'
  return {
    option,
    // The side that made the offer confirmed it when offering; the other side confirms now.
    teacherConfirmedAt: parentAccepts ? visit.offeredAt : at,
    parentConfirmedAt: at,
    parentUserId: byPhoneWith ? null : parentAccepts ? actor.userId : null,
    parentName: byPhoneWith
      ? byPhoneWith.name
      : parentAccepts
        ? actor.name
        : ([...visit.thread].reverse().find((t) => t.side === 'parent')?.actorName ?? ''),
    viaPhone: byPhoneWith !== null,
    guardianId: byPhoneWith?.id ?? null,
    noticeVersion,
  }
}

function refuse(visit: Visit, actor: Actor, kind: CommandKind): Result<never> {
  // When someone else's answer is why this one no longer fits, say who and what (the other guardian, the teacher).
  const told = (code: ErrorCode, message: string) => {
    const change = lastChangeWords(visit, actor)
    return err(code, change ? `${change}，请看最新安排` : message)
  }
  if (visit.status === 'cancelled') return told('VISIT.CANCELLED', '这次家访已取消')
  if (visit.status === 'completed') return err('VISIT.COMPLETED', '这次家访已完成')
  if (visit.status === 'scheduled') {
    if (kind === 'reschedule' || kind === 'cancel') return err('VISIT.STARTED', '家访已经开始，不能再改期或取消')
    return told('VISIT.ALREADY_AGREED', '双方已经约定好了；如需调整，请选择改期')
  }
  if (visit.status === awaiting(other(actor.side))) return told('VISIT.NOT_YOUR_TURN', '正在等待对方回复，请耐心等待')
  return err('VISIT.ILLEGAL', '当前状态下不能进行这个操作')
}

export { OPEN as OPEN_STATUSES }
