// What a proposal may add to a plain visit: a follow-up after the family's required visit (no claim of
// its own), and the household-survey flag for a registered-poor family. Both checked on the server.
import { periodsAt, type Calendar } from '../../../core/coverage/calendar'
import type { FamilySensitive, Student } from '../../../core/model/family.schema'
import type { FamilyClaim } from '../../../core/model/system.schema'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { err, ok, type Result } from '../../../core/result'
import { canSeeSensitive } from '../../policy'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import { claimId } from './access'

// One message whoever asks: it must not tell a teacher who may not see categories whether the family has one.
export const SURVEY_REFUSED = '只有班主任或学校领导可以为建档立卡家庭的家访标记“结合入户调查”，这次不能标记'
export const FOLLOW_UP_REFUSED = '跟进家访要在这个家庭本学期（学年）的家访约好之后才能发起；请先发起并约好这次家访'

/** The caller may see the family's categories (before any visit of theirs) and it is registered poor. */
export function surveyEligible(caller: Caller, student: Student, siblings: Student[], sensitive: FamilySensitive | null): boolean {
  if (!sensitive || sensitive.withdrawnBy.length > 0 || !sensitive.categories.includes('rural_poor')) return false
  return canSeeSensitive(caller, student, { agreed: false, family: siblings })
}

/** The family's claims for the semester and the school year that `at` falls in (a special family is claimed per semester). */
export async function claimsAround(store: DocStore, familyId: string, calendar: Calendar, at: string | Date): Promise<FamilyClaim[]> {
  const p = periodsAt(calendar, at)
  return repos(store).familyClaims.getMany([claimId(familyId, p.semester.id), claimId(familyId, p.year.id)])
}

type Facts = { student: Student; siblings: Student[]; sensitive: FamilySensitive | null; calendar: Calendar; startAt: string }
type Asked = { followUp: boolean; combinedSurvey: boolean }

export type Extras = Pick<Visit, 'required' | keyof Asked>

export async function checkExtras(store: DocStore, caller: Caller, a: Facts & Asked): Promise<Result<Extras>> {
  if (a.combinedSurvey && !surveyEligible(caller, a.student, a.siblings, a.sensitive)) return err('VISIT.NOT_SURVEY_FAMILY', SURVEY_REFUSED)
  if (a.followUp) {
    const held = await claimsAround(store, a.student.familyId, a.calendar, a.startAt)
    if (!held.some((c) => c.state === 'scheduled' || c.state === 'completed')) return err('VISIT.NO_REQUIRED_VISIT', FOLLOW_UP_REFUSED)
  }
  return ok({ required: !a.followUp, followUp: a.followUp, combinedSurvey: a.combinedSurvey })
}

/** A follow-up's batch: the same writes without the family claim (the required visit holds it). */
export const withoutClaims = (store: DocStore): Pick<DocStore, 'batch'> => ({
  batch: (ops: WriteOp[]) => store.batch(ops.filter((o) => !(o.kind === 'insert' && o.coll === 'claims'))),
})
