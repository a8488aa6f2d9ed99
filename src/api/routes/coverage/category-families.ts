// The families of one special category (`category:<key>`), behind the dashboard's category row: who
// is in the category comes from the school's sealed special-members document, so the list says which
// named family has which category. Leadership only (as the dashboard's section), answered as missing to
// anyone else, and every read is on the audit log before it answers.
import { CATEGORY_LIST_AUDIT_ACTION } from '../../../core/contract/privacy.contract'
import { BOARD_MEASURE_LABELS, familyCounts, type BoardMeasure } from '../../../core/coverage/board'
import { measuresOf } from '../../../core/coverage/rules'
import { SPECIAL_CATEGORY_LABELS, SpecialCategorySchema, type SpecialCategory } from '../../../core/model/family.schema'
import { MAX_PAGE, type DocStore } from '../../../core/ports/doc-store'
import { Errors, ok } from '../../../core/result'
import { recordAudit } from '../../audit-writer'
import { auditEntry } from '../../audit'
import { specialMembersOf } from '../../coverage/special-members'
import { canSeeSchoolCategories } from '../../policy'
import { repos } from '../../repos'
import type { Ctx } from '../../types'
import { claimId } from '../visits/access'
import type { Row } from './families'
import { listed, PAGE_SIZE } from './family-rows'
import { schoolStaff, type SchoolContext } from './school'

type Input = { scope: string; measure: BoardMeasure; page: number }

export async function categoryFamilies(store: DocStore, school: SchoolContext, ctx: Ctx, { scope, measure, page }: Input) {
  const category = SpecialCategorySchema.safeParse(scope.slice('category:'.length))
  if (!category.success || !canSeeSchoolCategories(ctx.caller, school.schoolId)) return Errors.notFound('班级')
  const [counted, staff] = await Promise.all([countedIn(store, school, category.data, measure, ctx.now), schoolStaff(store, school.schoolId)])
  const shown = counted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
  const fams = shown.length ? await repos(store).families.getMany(shown.map((r) => r.familyId)) : []
  const picked: Row[] = fams.map((family) => ({ family, claim: counted.find((r) => r.familyId === family._id)!.claim }))
  const reason = `特殊家庭名单：${SPECIAL_CATEGORY_LABELS[category.data]}`
  await recordAudit(store, auditEntry(ctx, { schoolId: school.schoolId, action: CATEGORY_LIST_AUDIT_ACTION, targetType: 'category', targetId: category.data, reason }))
  const { rows, choices } = await listed(store, school, staff, picked, ctx.caller)
  return ok({
    scopeLabel: SPECIAL_CATEGORY_LABELS[category.data],
    measureLabel: BOARD_MEASURE_LABELS[measure],
    total: counted.length,
    page,
    pageSize: PAGE_SIZE,
    rows,
    staff: choices,
  })
}

/**
 * The category's families that count toward the measure, by id: their semester claims read by id (a
 * few hundred at most per school, a read per hundred), judged as the board judges a family.
 */
async function countedIn(store: DocStore, school: SchoolContext, category: SpecialCategory, measure: BoardMeasure, now: Date) {
  const ids = (await specialMembersOf(store).get(school.schoolId))?.members[category] ?? []
  const semester = school.periods.semester.id
  const parts = await Promise.all(
    Array.from({ length: Math.ceil(ids.length / MAX_PAGE) }, (_, i) =>
      repos(store).familyClaims.getMany(ids.slice(i * MAX_PAGE, (i + 1) * MAX_PAGE).map((id) => claimId(id, semester))),
    ),
  )
  const claims = new Map(parts.flat().map((c) => [c.familyId, c]))
  return ids
    .map((familyId) => ({ familyId, claim: claims.get(familyId) ?? null }))
    .filter(({ claim }) => familyCounts(measure, { special: true }, claim && { measures: measuresOf(claim, now) }))
}
