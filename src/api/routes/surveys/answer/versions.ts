// The district's questionnaire versions: list them, publish a new one. A published version is
// immutable (the same version number cannot be published twice, nor a built-in one replaced).
import { err, Errors, ok } from '../../../../core/result'
import { writes } from '../../../../core/ports/writes'
import { questionnaireVersionId } from '../../../../core/survey/questionnaire-version.schema'
import { QUESTIONNAIRES } from '../../../../core/survey/questionnaire.v1'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'

type R = RouteTable<'surveys'>
const TAKEN = '这个版本号已经用过，请换一个新的版本号（已发布的问卷不能修改）'

export const questionnaireVersions: R['questionnaireVersions'] = async (_input, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  if (!districtId) return Errors.notFound('区')
  const published = await repos(store).questionnaire_versions.find({
    where: { districtId },
    orderBy: [['publishedAt', 'desc']],
    limit: 100,
  })
  const own = published.map((p) => ({
    version: p.version,
    title: p.definition.title,
    questions: p.definition.questions.length,
    publishedAt: p.publishedAt,
  }))
  const builtIn = [...QUESTIONNAIRES]
    .reverse()
    .map((d) => ({ version: d.version, title: d.title, questions: d.questions.length, publishedAt: null }))
  const versions = [...own, ...builtIn]
  return ok({ current: versions[0]!.version, versions })
}

export const publishQuestionnaire: R['publishQuestionnaire'] = async ({ definition }, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  if (!districtId) return Errors.notFound('区')
  if (QUESTIONNAIRES.some((d) => d.version === definition.version)) return err('SURVEY.VERSION_TAKEN', TAKEN)
  const doc = {
    _id: questionnaireVersionId(districtId, definition.version),
    districtId,
    version: definition.version,
    definition,
    publishedAt: ctx.now.toISOString(),
    publishedBy: ctx.caller.user._id,
  }
  if ((await store.batch([writes.insert('questionnaire_versions', doc)])).ok)
    return ok({ version: doc.version, publishedAt: doc.publishedAt })
  return err('SURVEY.VERSION_TAKEN', TAKEN)
}
