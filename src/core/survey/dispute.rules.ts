// Disputes (issue 13): a parent says the visit did not happen, or not as recorded. From that moment the
// visit stops counting as confirmed and waits in the leaders' queue; a leader resolves it only after the
// teacher's side is on file. Upheld: the parent was right (never confirmed); rejected: the record stands.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { err, ok, type Result } from '../result'
import { toIso } from '../time'
import type { TookPlace } from './questionnaire.schema'

export const DISPUTE_STATES = ['open', 'upheld', 'rejected'] as const
export type DisputeState = (typeof DISPUTE_STATES)[number]
export const DISPUTE_STATE_LABELS: Record<DisputeState, string> = { open: '待处理', upheld: '家长反映属实', rejected: '经核实记录无误' }

/** What the parent said happened: the answers to "did it take place as recorded" other than yes. */
export const DISPUTE_REASONS = ['different', 'not_held'] as const satisfies readonly TookPlace[]
export type DisputeReason = (typeof DISPUTE_REASONS)[number]
export const DISPUTE_REASON_LABELS: Record<DisputeReason, string> = { different: '时间或方式与记录不符', not_held: '家长说没有家访' }

/** Where the dispute came from: the parent's questionnaire or a leader's phone spot-check. */
export const DISPUTE_SOURCES = ['survey', 'spot_check'] as const

const Note = z.object({ text: z.string(), at: z.string(), by: z.string() })
export const DisputeSchema = DocBase.extend({
  schoolId: z.string(),
  visitId: z.string(),
  familyId: z.string(),
  teacherId: z.string(),
  source: z.enum(DISPUTE_SOURCES),
  reason: z.enum(DISPUTE_REASONS),
  /** The parent's words, if any; leaders only. */
  text: z.string(),
  raisedAt: z.string(),
  state: z.enum(DISPUTE_STATES),
  teacherSide: Note.nullable(),
  resolution: Note.extend({ outcome: z.enum(['upheld', 'rejected']) }).nullable(),
})
export type Dispute = z.infer<typeof DisputeSchema>

/** One per source (the questionnaire or the call that raised it): a retried answer opens nothing new. */
export const disputeId = (sourceId: string) => `dispute:${sourceId}`

export type DisputeOpening = Pick<Dispute, 'schoolId' | 'visitId' | 'familyId' | 'teacherId' | 'source' | 'reason' | 'text'> & {
  sourceId: string
}

/** A new dispute, open and waiting for the teacher's side. */
export const openDispute = ({ sourceId, ...o }: DisputeOpening, now: Date): Dispute => ({
  _id: disputeId(sourceId),
  _v: 0,
  ...o,
  raisedAt: toIso(now),
  state: 'open',
  teacherSide: null,
  resolution: null,
})

/** The answer that raises a dispute, or null when the parent confirmed the record. */
export const disputeReasonOf = (tookPlace: TookPlace): DisputeReason | null => (tookPlace === 'as_recorded' ? null : tookPlace)

/** A dispute that keeps a visit from counting as confirmed: still open, or found true. */
export const isDisputing = (state: DisputeState) => state !== 'rejected'

export type DisputeActor = { staffId: string; as: 'teacher' | 'leader' }
export type DisputeCommand = { kind: 'hear_teacher'; text: string } | { kind: 'resolve'; outcome: 'upheld' | 'rejected'; note: string }
export type DisputeCommandKind = DisputeCommand['kind']

/** Only the visit's teacher gives their side; a leader may also note it (heard by phone) and resolves. */
const mayAct = (d: Pick<Dispute, 'teacherId'>, actor: DisputeActor, kind: DisputeCommandKind) =>
  actor.as === 'leader' || (kind === 'hear_teacher' && actor.staffId === d.teacherId)

/** What this actor may do now: drives the buttons. */
export function availableDisputeActions(
  d: Pick<Dispute, 'state' | 'teacherId' | 'teacherSide'>,
  actor: DisputeActor,
): DisputeCommandKind[] {
  if (d.state !== 'open') return []
  const kinds: DisputeCommandKind[] = d.teacherSide ? ['hear_teacher', 'resolve'] : ['hear_teacher']
  return kinds.filter((k) => mayAct(d, actor, k))
}

/** The patch a command makes, or why not. */
export function decideDispute(d: Dispute, cmd: DisputeCommand, actor: DisputeActor, now: Date): Result<Partial<Dispute>> {
  if (d.state !== 'open') return err('DISPUTE.RESOLVED', '这件事已经处理完毕')
  if (!mayAct(d, actor, cmd.kind)) return err('DISPUTE.NOT_ALLOWED', '您不能进行此操作')
  const at = toIso(now)
  if (cmd.kind === 'hear_teacher') return ok({ teacherSide: { text: cmd.text, at, by: actor.staffId } })
  if (!d.teacherSide) return err('DISPUTE.NOT_HEARD', '请先听取并记录老师的说明，再作处理')
  return ok({ state: cmd.outcome, resolution: { outcome: cmd.outcome, text: cmd.note, at, by: actor.staffId } })
}
