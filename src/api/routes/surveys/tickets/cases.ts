// Typical cases (典型案例): a leader of the record's school drafts the anonymised copy, reviews each
// redaction, and publishes an immutable copy. The library holds texts only: no visit, family or person id.
import type { CaseView } from '../../../../core/contract/surveys-tickets.contract'
import type { Visit } from '../../../../core/model/visit.schema'
import type { VisitRecordDoc } from '../../../../core/model/record.schema'
import type { DocStore, Where } from '../../../../core/ports/doc-store'
import { writes } from '../../../../core/ports/writes'
import { Errors, ok } from '../../../../core/result'
import { DISTRICT, hasAnyRole, LEADER, SCHOOL_STAFF } from '../../../../core/roles'
import { gradeLabel } from '../../../../core/roster-import/fields'
import { anonymiseText, applyRedactions, REDACTION_LABELS, type KnownNames } from '../../../../core/survey/anonymise'
import { draftTypicalCase, typicalCaseTexts } from '../../../../core/survey/typical-case'
import { caseTextLabel, typicalCaseId, type TypicalCase } from '../../../../core/survey/typical-case.schema'
import { auditEntry } from '../../../audit'
import { recordAudit } from '../../../audit-writer'
import { repos } from '../../../repos'
import type { Ctx, RouteTable } from '../../../types'
import { knownNamesOf } from './known-names'

type R = RouteTable<'surveys'>

/** The submitted record, for a leader of its school (audited like any leader's read); null to anyone else. */
async function flaggable(store: DocStore, ctx: Ctx, visitId: string): Promise<{ visit: Visit; doc: VisitRecordDoc } | null> {
  const r = repos(store)
  const visit = await r.visits.get(visitId)
  if (!visit || !ctx.caller.staff || ctx.caller.schoolId !== visit.schoolId || !hasAnyRole(ctx.caller.roles, LEADER)) return null
  const doc = await r.visit_records.get(visitId)
  if (!doc) return null
  const entry = {
    schoolId: visit.schoolId,
    action: 'survey.typical_case_draft',
    targetType: 'family',
    targetId: visit.familyId,
    reason: '典型案例',
  }
  await recordAudit(store, auditEntry(ctx, entry))
  return { visit, doc }
}

export const flagTypicalCase: R['flagTypicalCase'] = async ({ visitId }, ctx, { store }) => {
  const found = await flaggable(store, ctx, visitId)
  if (!found) return Errors.notFound('家访记录')
  const draft = draftTypicalCase(found.doc.record, await knownNamesOf(store, found.visit))
  const published = !!(await repos(store).typical_cases.get(typicalCaseId(visitId)))
  const texts = Object.entries(draft).map(([key, d]) => ({
    key,
    label: caseTextLabel(key),
    text: d.text,
    redactions: d.redactions.map((x) => ({
      kind: x.kind,
      kindLabel: REDACTION_LABELS[x.kind],
      original: x.original,
      replacement: x.replacement,
    })),
  }))
  return ok({ visitId, published, texts })
}

export const publishTypicalCase: R['publishTypicalCase'] = async ({ visitId, title, restore, omit }, ctx, { store }) => {
  const found = await flaggable(store, ctx, visitId)
  if (!found) return Errors.notFound('家访记录')
  const r = repos(store)
  const caseId = typicalCaseId(visitId)
  // Published once and never changed: publishing again answers with the copy already there.
  const known = await r.typical_cases.get(caseId)
  if (known) return ok(caseView(known))
  const names = await knownNamesOf(store, found.visit)
  const doc: Omit<TypicalCase, '_v'> = {
    _id: caseId,
    schoolId: found.visit.schoolId,
    districtId: names.districtId,
    title: anonymiseText(title, names).text,
    grade: names.grade,
    texts: reviewedTexts(found.doc, names, restore, new Set(omit)),
    publishedAt: ctx.now.toISOString(),
  }
  const result = await store.batch([writes.insert('typical_cases', doc)])
  const stored = result.ok ? { ...doc, _v: 1 } : await r.typical_cases.get(caseId)
  return stored ? ok(caseView(stored)) : Errors.conflict('发布没有成功，请再试一次')
}

/** Each text with the reviewed redactions: all of them but those the reviewer restored. */
function reviewedTexts(doc: VisitRecordDoc, names: KnownNames, restore: { key: string; index: number }[], omit: Set<string>) {
  const originals = typicalCaseTexts(doc.record)
  const draft = draftTypicalCase(doc.record, names)
  return Object.entries(draft)
    .filter(([key]) => !omit.has(key))
    .map(([key, d]) => {
      const kept = d.redactions.filter((_, i) => !restore.some((x) => x.key === key && x.index === i))
      return { label: caseTextLabel(key), text: applyRedactions(originals[key]!, kept) }
    })
}

const caseView = (c: TypicalCase): CaseView => ({
  caseId: c._id,
  title: c.title,
  gradeLabel: c.grade ? gradeLabel(c.grade) : '',
  publishedAt: c.publishedAt,
  texts: c.texts,
})

/**
 * The school's staff read their school's cases; the district reads every school's. Anonymised, a case
 * can still be recognised by colleagues who know the family's story, so it stays inside the school.
 */
export const typicalCases: R['typicalCases'] = async (_input, { caller }, { store }) => {
  const r = repos(store)
  const district = hasAnyRole(caller.roles, DISTRICT) && caller.user.districtId
  if (!district && !hasAnyRole(caller.roles, SCHOOL_STAFF)) return Errors.forbidden()
  if (!district && !caller.schoolId) return ok({ cases: [] })
  const where: Where = district ? { districtId: district } : { schoolId: caller.schoolId! }
  const found = await r.typical_cases.find({ where, orderBy: [['publishedAt', 'desc']], limit: 100 })
  return ok({ cases: found.map(caseView) })
}
