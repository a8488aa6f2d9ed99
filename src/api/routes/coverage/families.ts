// The families behind one number of the board, a page at a time. The board's per-class counts say which
// classes a page falls in; only those classes' families and claims are read, so a page costs the same
// in a school of 200 families or 20,000.
import { BOARD_MEASURE_LABELS, familyCounts, slices, type BoardMeasure, type Tally } from '../../../core/coverage/board'
import { measuresOf } from '../../../core/coverage/rules'
import type { Family } from '../../../core/model/family.schema'
import type { FamilyClaim } from '../../../core/model/system.schema'
import { MAX_PAGE, type DocStore } from '../../../core/ports/doc-store'
import { gradeLabel } from '../../../core/roster-import/fields'
import { Errors, ok } from '../../../core/result'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { categoryFamilies } from './category-families'
import { listed, PAGE_SIZE } from './family-rows'
import { schoolContext, schoolStaff, type SchoolContext } from './school'
import { talliesByClass } from './tallies'

type R = RouteTable<'coverage'>

export const families: R['families'] = async ({ scope, measure, page }, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (school && scope.startsWith('category:')) return categoryFamilies(store, school, ctx, { scope, measure, page })
  const inScope = school && classesIn(school, scope)
  if (!school || !inScope) return Errors.notFound('班级')
  const [tallies, staff] = await Promise.all([talliesByClass(store, school.schoolId, school.periods, ctx.now), schoolStaff(store, school.schoolId)])
  const counts = inScope.classes.map((c) => tallies.get(c)?.[measure as keyof Tally] ?? 0)
  const wanted = slices(counts, page * PAGE_SIZE, PAGE_SIZE)
  const parts = await Promise.all(wanted.map((w) => classFamilies(store, school, inScope.classes[w.index]!, measure, ctx.now)))
  const picked = parts.flatMap((rows, i) => rows.slice(wanted[i]!.from, wanted[i]!.to))
  const { rows, choices } = await listed(store, school, staff, picked, ctx.caller)
  return ok({
    scopeLabel: inScope.label,
    measureLabel: BOARD_MEASURE_LABELS[measure],
    total: counts.reduce((a, b) => a + b, 0),
    page,
    pageSize: PAGE_SIZE,
    rows,
    staff: choices,
  })
}

function classesIn(school: SchoolContext, scope: string): { classes: string[]; label: string } | null {
  if (scope === 'school') return { classes: school.classes.map((c) => c._id), label: '全校' }
  const [kind, value] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)]
  if (kind === 'grade') {
    const classes = school.classes.filter((c) => c.grade === Number(value)).map((c) => c._id)
    return classes.length ? { classes, label: gradeLabel(Number(value)) } : null
  }
  const cls = school.classById.get(value)
  return cls ? { classes: [cls._id], label: cls.name } : null
}

export type Row = { family: Family; claim: FamilyClaim | null }

/** One class's due families that count toward the measure, special ones first, in a stable order. */
export async function classFamilies(store: DocStore, school: SchoolContext, classId: string, measure: BoardMeasure, now: Date): Promise<Row[]> {
  const r = repos(store)
  const { semester, year } = school.periods
  const [fams, claims] = await Promise.all([
    allPages((skip) => r.families.find({ where: { schoolId: school.schoolId, active: true, classId }, limit: MAX_PAGE, skip })),
    allPages((skip) =>
      r.familyClaims.find({ where: { schoolId: school.schoolId, periodId: { in: [semester.id, year.id] }, classId }, limit: MAX_PAGE, skip }),
    ),
  ])
  const claimOf = new Map(claims.map((c) => [`${c.familyId}:${c.periodId}`, c]))
  return fams
    .map((family) => ({ family, claim: claimOf.get(`${family._id}:${family.special ? semester.id : year.id}`) ?? null }))
    .filter(({ family, claim }) => familyCounts(measure, family, claim && { measures: measuresOf(claim, now) }))
    .sort((a, b) => Number(b.family.special) - Number(a.family.special) || (a.family._id < b.family._id ? -1 : 1))
}

/** A class's documents: one round trip unless the class is unusually large (no order asked: sorted above). */
export async function allPages<T>(read: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await read(skip)
    out.push(...page)
    if (page.length < MAX_PAGE) return out
  }
}
