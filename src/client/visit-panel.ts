// The forms behind 另约时间 / 不方便入户 / 改期 / 电话已约好 / 取消家访, as plain state: kept in the page across
// failed submits, turned into the server's command here.
import type { z } from 'zod'
import type { CommandSchema, VisitView } from '../core/contract/visits.contract'
import { COMMAND_KINDS, COMMAND_LABELS } from '../core/model/visit.schema'
import { draftsToOptions, emptyDraft, type OptionDraft } from './visit-time'

/** The actions that open a form (accepting is a button on each offered time). */
export type Mode = Exclude<(typeof COMMAND_KINDS)[number], 'accept'>
export const MODES = COMMAND_KINDS.filter((k): k is Mode => k !== 'accept')
export type Command = z.input<typeof CommandSchema>
/** `guardianId`: the registered guardian the teacher spoke to on the phone (picked, never typed). */
export type PanelState = { mode: Mode; drafts: OptionDraft[]; text: string; guardianId: string | null }

export const openPanel = (mode: Mode, view: VisitView): PanelState => {
  const format = view.homeDeclined ? 'video' : (view.options[0]?.format ?? view.agreed?.option.format ?? 'home')
  return { mode, drafts: mode === 'decline_home' || mode === 'cancel' ? [] : [emptyDraft(format)], text: '', guardianId: null }
}

export const TITLES: Record<Mode, string> = COMMAND_LABELS

/** The command for the server, or a message saying what is still missing. */
export function toCommand(p: PanelState): { ok: true; command: Command } | { ok: false; message: string } {
  if (p.mode === 'cancel')
    return p.text.trim() ? { ok: true, command: { kind: 'cancel', reason: p.text.trim() } } : { ok: false, message: '请填写取消原因' }
  if (p.mode === 'decline_home' && p.drafts.length === 0)
    return { ok: true, command: { kind: 'decline_home', options: [], text: p.text.trim() } }
  const checked = draftsToOptions(p.drafts)
  if (!checked.ok) return checked
  if (p.mode === 'phone_agreement') {
    if (!p.guardianId) return { ok: false, message: '请选择电话里约好的是哪位家长' }
    return { ok: true, command: { kind: 'phone_agreement', option: checked.options[0]!, guardianId: p.guardianId } }
  }
  return { ok: true, command: { kind: p.mode, options: checked.options, text: p.text.trim() } }
}

/** Answers meaning "someone else acted first": the page shows the server's words (who acted) and reloads. */
const STALE_CODES = ['DATA.CONFLICT', 'VISIT.ALREADY_AGREED', 'VISIT.NOT_YOUR_TURN', 'VISIT.CANCELLED']
export const isStaleAnswer = (code: string) => STALE_CODES.includes(code)
