// The district's questionnaire versions: list them, read one, publish a new one. A published version is
// immutable (the same version number cannot be published twice, nor a built-in one replaced).
import type { VersionRow } from '../../../../core/contract/surveys-answer.contract'
import type { DocStore } from '../../../../core/ports/doc-store'
import { err, Errors, ok } from '../../../../core/result'
import { writes } from '../../../../core/ports/writes'
import type { QuestionnaireDefinition } from '../../../../core/survey/questionnaire.schema'
import { questionnaireVersionId } from '../../../../core/survey/questionnaire-version.schema'
import { QUESTIONNAIRES } from '../../../../core/survey/questionnaire.v1'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'

type R = RouteTable<'surveys'>
const TAKEN = '这个版本号已经用过，请换一个新的版本号（已发布的问卷不能修改）'

type Version = VersionRow & { definition: QuestionnaireDefinition }

/** Every version the district can send, newest first: its own (newest published first), then the built-in ones. */
async function versionsOf(store: DocStore, districtId: string): Promise<Version[]> {
  const r = repos(store)
  const published = await r.questionnaire_versions.find({ where: { districtId }, orderBy: [['publishedAt', 'desc']], limit: 100 })
  const users = await r.users.getMany([...new Set(published.map((p) => p.publishedBy))])
  const nameOf = new Map(users.map((u) => [u._id, u.name]))
  const own = published.map((p) => ({ ...rowOf(p.definition, p.publishedAt), publishedBy: nameOf.get(p.publishedBy) ?? '区教体局' }))
  const builtIn = [...QUESTIONNAIRES].reverse().map((d) => rowOf(d, null))
  return [...own, ...builtIn]
}

const rowOf = (definition: QuestionnaireDefinition, publishedAt: string | null) => ({
  version: definition.version,
  title: definition.title,
  questions: definition.questions.length,
  publishedAt,
  publishedBy: null as string | null,
  definition,
})

export const questionnaireVersions: R['questionnaireVersions'] = async (_input, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  if (!districtId) return Errors.notFound('区')
  const versions = (await versionsOf(store, districtId)).map(({ definition: _d, ...row }) => row)
  return ok({ current: versions[0]!.version, versions })
}

export const questionnaireVersion: R['questionnaireVersion'] = async ({ version }, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  if (!districtId) return Errors.notFound('区')
  const versions = await versionsOf(store, districtId)
  const found = versions.find((v) => v.version === version)
  return found ? ok({ ...found, current: found === versions[0] }) : Errors.notFound('问卷版本')
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
