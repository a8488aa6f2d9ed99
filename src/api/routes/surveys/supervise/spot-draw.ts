// Drawing a spot-check sample: the period's completed visits with the flags the sampler weighs, read by
// indexed queries (claims by state, the school's disputing disputes, the period's answers, the families
// whose children have all left: not drawn), then the seeded draw of spot-check.ts. The same seed gives
// the same document id, so a redraw is the stored sample.
import { randomInt } from 'node:crypto'
import { readAll } from '../../../../core/ports/typed-repo'
import type { DocStore } from '../../../../core/ports/doc-store'
import { SCHEMAS } from '../../../../core/collections'
import { drawSample, type SpotCheckCandidate } from '../../../../core/survey/spot-check'
import { spotCheckId, type SpotCheck } from '../../../../core/survey/spot-check.record'
import { Errors, ok } from '../../../../core/result'
import { schoolContext } from '../../coverage/school'
import { visitOfAnswer } from '../../../surveys/confirmation'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'
import { supervisorOf } from './leader'

type R = RouteTable<'surveys'>

export async function spotCandidates(store: DocStore, schoolId: string, periodId: string): Promise<SpotCheckCandidate[]> {
  const claims = (state: string) => readAll(store, 'claims', SCHEMAS.claims, { schoolId, periodId, state })
  const [completed, confirmed, open, upheld, answers, gone] = await Promise.all([
    claims('completed'),
    claims('confirmed'),
    readAll(store, 'disputes', SCHEMAS.disputes, { schoolId, state: 'open' }),
    readAll(store, 'disputes', SCHEMAS.disputes, { schoolId, state: 'upheld' }),
    readAll(store, 'survey_answers', SCHEMAS.survey_answers, { schoolId, periodId }),
    // Families with no child on roll (the coverage refresh after each import keeps `active` so): nobody to call.
    readAll(store, 'families', SCHEMAS.families, { schoolId, active: false }),
  ])
  const disputed = new Set([...open, ...upheld].map((d) => d.visitId))
  const surveyed = new Set(answers.map((a) => visitOfAnswer(a._id)))
  const left = new Set(gone.map((f) => f._id))
  return [...completed, ...confirmed]
    .filter((c) => !left.has(c.familyId))
    .map((c) => ({
      visitId: c.visitId,
      familyId: c.familyId,
      classId: c.classId ?? '',
      special: c.special,
      disputed: disputed.has(c.visitId),
      surveyed: surveyed.has(c.visitId),
    }))
}

export const drawSpotCheck: R['drawSpotCheck'] = async ({ period, size, seed }, ctx, { store }) => {
  const me = supervisorOf(ctx)
  const school = me && (await schoolContext(store, ctx.caller, ctx.now))
  if (!me || !school) return Errors.notFound('抽查')
  const periodId = school.periods[period].id
  const s = seed ?? randomInt(0, 0xffffffff)
  const _id = spotCheckId(school.schoolId, periodId, s)
  const stored = await repos(store).spot_checks.get(_id)
  if (stored) return ok({ spotCheckId: _id, picks: stored.picks.length })
  const sample = drawSample(await spotCandidates(store, school.schoolId, periodId), size, s)
  const doc: Omit<SpotCheck, '_v'> = {
    _id,
    schoolId: school.schoolId,
    periodId,
    seed: sample.seed,
    requested: sample.requested,
    drawnBy: me.staffId,
    drawnAt: ctx.now.toISOString(),
    picks: sample.picks,
  }
  await store.insert('spot_checks', doc)
  return ok({ spotCheckId: _id, picks: sample.picks.length })
}
