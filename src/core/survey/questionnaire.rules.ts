// A questionnaire's life (issue 13): sent by the system, not the teacher, to each guardian who took
// part once a record is submitted; one reminder after 3 days if unanswered; closed after 14. Pure:
// the scheduler asks what is due at `now` and writes the patch with compare-and-set.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { err, ok, type Result } from '../result'
import { dayjs, formatLocal, toIso } from '../time'

export const REMIND_AFTER_DAYS = 3
export const CLOSE_AFTER_DAYS = 14

export const QuestionnaireSchema = DocBase.extend({
  schoolId: z.string(),
  visitId: z.string(),
  familyId: z.string(),
  guardianId: z.string(),
  /** The guardian's account: where the message and the inbox item go. */
  userId: z.string(),
  /** The definition version it was sent with; the answer keeps it. */
  version: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** When the scheduler next owes it a step (null: answered or closed): its indexed "due" query. */
  dueAt: z.string().nullable().default(null),
})
export type Questionnaire = z.infer<typeof QuestionnaireSchema>

/** One per visit and guardian: a record submitted again, or two scheduler runs, cannot send a second. */
export const questionnaireId = (visitId: string, guardianId: string) => `${visitId}:${guardianId}`

export type SubmittedRecord = {
  schoolId: string
  visitId: string
  familyId: string
  /** The guardians who took part (from the hold), with their account if they have one. */
  participants: ReadonlyArray<{ guardianId: string; userId: string | null }>
}

/** The questionnaires a submitted record creates: one per participating guardian with an account. */
export function questionnairesFor(record: SubmittedRecord, version: string, now: Date): Questionnaire[] {
  const seen = new Set<string>()
  const out: Questionnaire[] = []
  for (const p of record.participants) {
    // Without an account there is nowhere to send it; a spot-check can still reach the family.
    if (!p.userId || seen.has(p.guardianId)) continue
    seen.add(p.guardianId)
    out.push({
      _id: questionnaireId(record.visitId, p.guardianId),
      _v: 0,
      schoolId: record.schoolId,
      visitId: record.visitId,
      familyId: record.familyId,
      guardianId: p.guardianId,
      userId: p.userId,
      version,
      createdAt: toIso(now),
      sentAt: null,
      remindedAt: null,
      answeredAt: null,
      closedAt: null,
      dueAt: toIso(now),
    })
  }
  return out
}

export type QuestionnaireState = 'pending' | 'sent' | 'answered' | 'closed'
export const stateOf = (q: Pick<Questionnaire, 'sentAt' | 'answeredAt' | 'closedAt'>): QuestionnaireState =>
  q.answeredAt ? 'answered' : q.closedAt ? 'closed' : q.sentAt ? 'sent' : 'pending'

type Timing = Pick<Questionnaire, 'createdAt' | 'sentAt' | 'remindedAt' | 'answeredAt' | 'closedAt'>
const plusDays = (iso: string, days: number) => dayjs(iso).add(days, 'day').toISOString()

/** Closed 14 days after it went out (or was created, if it never could be sent). */
export const closesAt = (q: Timing) => plusDays(q.sentAt ?? q.createdAt, CLOSE_AFTER_DAYS)
export const remindsAt = (q: Timing) => (q.sentAt ? plusDays(q.sentAt, REMIND_AFTER_DAYS) : null)

export type Step = 'send' | 'remind' | 'close'

/** What the scheduler owes this questionnaire at `now`, or null. */
export function nextStep(q: Timing, now: Date): Step | null {
  if (q.answeredAt || q.closedAt) return null
  const at = toIso(now)
  if (at >= closesAt(q)) return 'close'
  if (!q.sentAt) return 'send'
  const remind = remindsAt(q)
  return !q.remindedAt && remind && at >= remind ? 'remind' : null
}

/** The next batch of work, at most `limit` (a run must fit a cloud function's time limit; the rest waits). */
export function dueSteps<Q extends Timing & { _id: string }>(
  qs: readonly Q[],
  now: Date,
  limit: number,
): Array<{ id: string; step: Step }> {
  const out: Array<{ id: string; step: Step }> = []
  for (const q of qs) {
    if (out.length >= limit) break
    const step = nextStep(q, now)
    if (step) out.push({ id: q._id, step })
  }
  return out
}

/** When the next step falls due: send at once, remind after 3 days, close after 14; null when done. */
export function nextDueAt(q: Timing): string | null {
  if (q.answeredAt || q.closedAt) return null
  if (!q.sentAt) return q.createdAt
  const remind = remindsAt(q)
  return !q.remindedAt && remind ? remind : closesAt(q)
}

/** The fields a step sets, `dueAt` included; the repository writes them only if the questionnaire is still as read. */
export function stepPatch(step: Step, now: Date, q: Timing): Partial<Timing> & { dueAt: string | null } {
  const at = toIso(now)
  const set = step === 'send' ? { sentAt: at } : step === 'remind' ? { remindedAt: at } : { closedAt: at }
  return { ...set, dueAt: nextDueAt({ ...q, ...set }) }
}

/** Whether a guardian may answer now. An answer submitted twice is the route's request id, not this. */
export function checkCanAnswer(q: Timing, now: Date): Result<null> {
  if (q.answeredAt) return err('SURVEY.ANSWERED', '您已经填写过这份问卷，谢谢您')
  if (q.closedAt || toIso(now) >= closesAt(q)) return err('SURVEY.CLOSED', '这份问卷已经结束填写，谢谢您的关注')
  if (!q.sentAt) return err('SURVEY.NOT_SENT', '这份问卷还没有开始，请稍后再试')
  return ok(null)
}

/** WeChat subscribe-message field limits (characters). */
export const WECHAT_LIMITS = { thing: 20, phrase: 5 } as const
export const SURVEY_TEMPLATE_KEY = 'survey_request'

export type SurveyMessage = { templateKey: typeof SURVEY_TEMPLATE_KEY; title: string; body: string; data: Record<string, string> }

/**
 * The push and inbox text. Neutral on purpose: the phone may be shared, so no names, no school, no
 * category: only that a questionnaire waits and until when.
 */
export function surveyMessage(step: Exclude<Step, 'close'>, q: Timing): SurveyMessage {
  const until = formatLocal(closesAt(q), 'YYYY年M月D日 HH:mm')
  const first = step === 'send'
  return {
    templateKey: SURVEY_TEMPLATE_KEY,
    title: first ? '请填写一份家访回访问卷' : '家访回访问卷还未填写',
    body: `学校想听听您对最近一次家访的看法，一两分钟即可，老师看不到您个人的回答。请在${until}前填写。`,
    data: { thing1: first ? '家访回访问卷' : '家访回访问卷待填写', phrase2: first ? '待填写' : '未填写', time3: until },
  }
}

/** A `thing*` or `phrase*` value WeChat would refuse. */
export function overLimit(data: Record<string, string>): string[] {
  return Object.entries(data)
    .filter(
      ([k, v]) =>
        (k.startsWith('thing') && [...v].length > WECHAT_LIMITS.thing) || (k.startsWith('phrase') && [...v].length > WECHAT_LIMITS.phrase),
    )
    .map(([k]) => k)
}
