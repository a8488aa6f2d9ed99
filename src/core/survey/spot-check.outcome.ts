// What a leader records after a spot-check call, and the short script the call list shows. An
// unreached family says nothing, so its answers must be empty; a reached one that confirms or denies
// the visit feeds 到位率 (figures.ts) and a denial opens a dispute (dispute.rules.ts).
import { z } from 'zod'
import { choice, flag, text } from '../contract/fields'
import { disputeReasonOf, type DisputeReason } from './dispute.rules'
import type { SpotCheckEvidence } from './figures'
import { TOOK_PLACE } from './questionnaire.schema'

/** Read by the leader, word for word if they like: no teacher's name, nothing the family did not say. */
export const CALL_SCRIPT: readonly string[] = [
  '您好，我是孩子学校的老师，想占用您一两分钟，了解一下最近老师家访的情况。',
  '请问最近有老师到您家（或通过视频、到校）和您交流过孩子的情况吗？大概是什么时候？',
  '您对这次家访满意吗？',
  '家访中有没有人提出或收下礼品、宴请或钱物？',
  '您还有什么想让学校知道的吗？谢谢您的支持！',
]

const answerOrNull = (label: string) => flag(label).nullable()

export const SpotCheckOutcomeSchema = z
  .object({
    reached: flag('是否联系上'),
    /** As the questionnaire asks it; null: not asked or no clear answer. */
    tookPlace: choice(TOOK_PLACE, '家访是否属实').nullable(),
    satisfied: answerOrNull('是否满意'),
    offered: answerOrNull('是否有送礼吃请'),
    note: text(300, '通话记录').default(''),
  })
  .strict()
  .refine((o) => o.reached || (o.tookPlace === null && o.satisfied === null && o.offered === null), {
    message: '没有联系上家长时，不能填写家长的回答',
    path: ['reached'],
  })
export type SpotCheckOutcome = z.infer<typeof SpotCheckOutcomeSchema>

/** The outcome as the figures read it. */
export const spotCheckEvidence = (o: Pick<SpotCheckOutcome, 'reached' | 'tookPlace'>, at: string): SpotCheckEvidence => ({
  reached: o.reached,
  confirmed: o.reached && o.tookPlace ? o.tookPlace === 'as_recorded' : null,
  at,
})

/** A call in which the family said the visit did not take place as recorded opens a dispute. */
export const spotCheckDisputeReason = (o: Pick<SpotCheckOutcome, 'reached' | 'tookPlace'>): DisputeReason | null =>
  o.reached && o.tookPlace ? disputeReasonOf(o.tookPlace) : null
