// The forms behind 另约时间 / 不方便入户 / 改期 / 电话已约好 / 取消家访, as plain state: kept in the page across
// failed submits, turned into the server's command here. A parent answers with ONE time whose length
// the teacher's proposal fixed; the teacher keeps the full form (up to four times).
import type { z } from 'zod'
import type { CommandSchema, VisitView } from '../core/contract/visits.contract'
import { COMMAND_KINDS, COMMAND_LABELS, type Side } from '../core/model/visit.schema'
import { draftsToOptions, draftToOption, emptyDraft, minutesOf, PARENT_FORMATS, type OptionDraft } from './visit-time'

/** The actions that open a form (accepting is a button on each offered time). */
export type Mode = Exclude<(typeof COMMAND_KINDS)[number], 'accept'>
export const MODES = COMMAND_KINDS.filter((k): k is Mode => k !== 'accept')
export type Command = z.input<typeof CommandSchema>
/**
 * `side`: who answers (a parent's form is one time). `guardianId`: the registered guardian the teacher
 * spoke to on the phone (picked, never typed). A parent declining a home visit starts with no time.
 */
export type PanelState = { mode: Mode; side: Side; drafts: OptionDraft[]; text: string; guardianId: string | null }

/** The time a form starts from: home unless it was declined, and for a parent the teacher's length. */
export function newDraft(mode: Mode, view: VisitView): OptionDraft {
  const offered = view.agreed?.option ?? view.options[0] ?? null
  const declined = view.homeDeclined || mode === 'decline_home'
  const format = declined ? 'video' : (offered?.format ?? 'home')
  if (view.mySide === 'teacher') return emptyDraft(format)
  const parentFormat = (PARENT_FORMATS as readonly string[]).includes(format) ? format : null
  return { ...emptyDraft(parentFormat), minutes: offered ? minutesOf(offered) : 60 }
}

export const openPanel = (mode: Mode, view: VisitView): PanelState => ({
  mode,
  side: view.mySide,
  drafts: mode === 'decline_home' || mode === 'cancel' ? [] : [newDraft(mode, view)],
  text: '',
  guardianId: null,
})

export const TITLES: Record<Mode, string> = COMMAND_LABELS

/** A second line under each action in the visit page's list: what it leads to, in a few words. */
export const ACTION_NOTES: Record<Side, Record<Mode, string>> = {
  parent: {
    counter: '给老师一个您方便的时间',
    decline_home: '可以改成视频，或到学校见面',
    reschedule: '告诉老师您方便的新时间',
    cancel: '要写一句原因，老师会看到',
    phone_agreement: '',
  },
  teacher: {
    counter: '给家长别的时间',
    decline_home: '',
    reschedule: '给家长新的时间',
    cancel: '要写一句原因，家长会看到',
    phone_agreement: '电话里和家长说好了，在这里记下来',
  },
}

/** The toast after a successful answer: what just happened, in two or three words. */
export function doneWords(kind: Command['kind'], side: Side): string {
  if (kind === 'accept') return '已约好'
  if (kind === 'cancel') return '已取消家访'
  if (kind === 'phone_agreement') return '已记下电话约定'
  return side === 'parent' ? '已发给老师' : '已发给家长'
}

/** The command for the server, or a message saying what is still missing. */
export function toCommand(p: PanelState): { ok: true; command: Command } | { ok: false; message: string } {
  if (p.mode === 'cancel')
    return p.text.trim() ? { ok: true, command: { kind: 'cancel', reason: p.text.trim() } } : { ok: false, message: '请填写取消原因' }
  if (p.mode === 'decline_home' && p.drafts.length === 0)
    return { ok: true, command: { kind: 'decline_home', options: [], text: p.text.trim() } }
  const checked = p.side === 'parent' ? parentOption(p.drafts[0]) : draftsToOptions(p.drafts)
  if (!checked.ok) return checked
  if (p.mode === 'phone_agreement') {
    if (!p.guardianId) return { ok: false, message: '请选择电话里约好的是哪位家长' }
    return { ok: true, command: { kind: 'phone_agreement', option: checked.options[0]!, guardianId: p.guardianId } }
  }
  return { ok: true, command: { kind: p.mode, options: checked.options, text: p.text.trim() } }
}

/** A parent's one time, or what to pick next in the order the form asks. */
function parentOption(d: OptionDraft | undefined) {
  const missing = !d?.day ? '请选哪一天' : !d.time ? '请选几点' : !d.format ? '请选家访的方式' : null
  if (missing || !d) return { ok: false as const, message: missing ?? '请选哪一天' }
  return { ok: true as const, options: [draftToOption(d)!] }
}

/** Answers meaning "someone else acted first": the page shows the server's words (who acted) and reloads. */
const STALE_CODES = ['DATA.CONFLICT', 'VISIT.ALREADY_AGREED', 'VISIT.NOT_YOUR_TURN', 'VISIT.CANCELLED']
export const isStaleAnswer = (code: string) => STALE_CODES.includes(code)
