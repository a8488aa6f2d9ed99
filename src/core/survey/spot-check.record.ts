// What a drawn spot-check stores: the sample with its seed (anyone can redraw it and get the same list),
// and one call document per pick once the leader starts or finishes that call (found by visit for 到位率).
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { isOnRoll, markedName, type Student } from '../model/family.schema'
import { SPOT_CHECK_WEIGHTS, type SampleReason } from './spot-check'
import { SpotCheckOutcomeSchema } from './spot-check.outcome'

export const SAMPLE_REASON_LABELS: Record<SampleReason, string> = { special: '重点关注家庭', disputed: '有异议', neverSurveyed: '未答问卷' }
const ReasonSchema = z.enum(Object.keys(SPOT_CHECK_WEIGHTS) as [SampleReason, ...SampleReason[]])

export const SpotCheckSchema = DocBase.extend({
  schoolId: z.string(),
  periodId: z.string(),
  seed: z.number().int(),
  requested: z.number().int(),
  drawnBy: z.string(),
  drawnAt: z.string(),
  picks: z.array(z.object({ visitId: z.string(), familyId: z.string(), classId: z.string(), reasons: z.array(ReasonSchema) })),
})
export type SpotCheck = z.infer<typeof SpotCheckSchema>

/** The same seed for the same school and period is the same sample: its id says so. */
export const spotCheckId = (schoolId: string, periodId: string, seed: number) => `spot:${schoolId}:${periodId}:${seed}`

export const SpotCallSchema = DocBase.extend({
  schoolId: z.string(),
  spotCheckId: z.string(),
  visitId: z.string(),
  familyId: z.string(),
  startedAt: z.string().nullable(),
  outcome: SpotCheckOutcomeSchema.nullable(),
  outcomeAt: z.string().nullable(),
  by: z.string(),
})
export type SpotCall = z.infer<typeof SpotCallSchema>
export const spotCallId = (spotCheckId: string, visitId: string) => `${spotCheckId}:${visitId}`

type Child = Pick<Student, 'name' | 'leftAt'>
type Begun = Pick<SpotCall, 'startedAt' | 'outcome'> | null | undefined
/** A call begun (started or recorded) is history; a pick not yet called is work still to do. */
const isBegun = (call: Begun) => !!(call?.startedAt || call?.outcome)

/** A pick still to call whose children have all left is dropped: nobody to call about them. */
export const keepsPick = (children: readonly Child[], call: Begun) => isBegun(call) || children.some(isOnRoll)

/** Still to call: the children on roll; a call begun is history and names every child, a leaver marked. */
export function pickChildren(children: readonly Child[], call: Begun): string {
  const named = isBegun(call) ? children.map(markedName) : children.filter(isOnRoll).map((c) => c.name)
  return named.join('、')
}
