// Which questionnaire a school sends and how an answer is read: the built-in versions (v1…) and the
// versions its district published. New questionnaires use the district's newest; an answer is always
// read with the version its questionnaire was sent with.
import type { DocStore } from '../../core/ports/doc-store'
import { definitionOf, type QuestionnaireDefinition } from '../../core/survey/questionnaire.schema'
import { questionnaireVersionId } from '../../core/survey/questionnaire-version.schema'
import { CURRENT_QUESTIONNAIRE, QUESTIONNAIRES } from '../../core/survey/questionnaire.v1'
import { repos } from '../repos'

async function districtOf(store: DocStore, schoolId: string): Promise<string | null> {
  return (await repos(store).schools.get(schoolId))?.districtId ?? null
}

/** The district's newest published version, else the built-in current one. */
export async function currentDefinition(store: DocStore, schoolId: string): Promise<QuestionnaireDefinition> {
  const districtId = await districtOf(store, schoolId)
  if (!districtId) return CURRENT_QUESTIONNAIRE
  const [latest] = await repos(store).questionnaire_versions.find({
    where: { districtId },
    orderBy: [['publishedAt', 'desc']],
    limit: 1,
  })
  return latest?.definition ?? CURRENT_QUESTIONNAIRE
}

/** The definition a questionnaire was sent with (built-in, or published by the school's district). */
export async function definitionFor(store: DocStore, schoolId: string, version: string): Promise<QuestionnaireDefinition | null> {
  const builtIn = definitionOf(version, QUESTIONNAIRES)
  if (builtIn) return builtIn
  const districtId = await districtOf(store, schoolId)
  if (!districtId) return null
  return (await repos(store).questionnaire_versions.get(questionnaireVersionId(districtId, version)))?.definition ?? null
}
