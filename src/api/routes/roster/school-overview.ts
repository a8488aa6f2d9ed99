// A school's figures for its admin and principal: classes with head counts and head teachers, and the
// school's totals. Counted from the roster collections, and kept until one of them is written.
import type { CollectionName } from '../../../core/collections'
import { ON_ROLL } from '../../../core/model/family.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { repos } from '../../repos'
import { stampedCache } from './stamped-cache'

/** Everything the overview is read from. */
const SOURCES: readonly CollectionName[] = ['schools', 'classes', 'students', 'families', 'guardians', 'staff']

export type SchoolOverview = NonNullable<Awaited<ReturnType<typeof readSchoolOverview>>>

/** One entry per school; a minute at most even with nothing written, as for callers. */
export const overviews = stampedCache<SchoolOverview | null>(SOURCES, { ttlMs: 60_000, max: 1_000 })

/** The overview of one school, or null when the school does not exist. */
export async function readSchoolOverview(store: DocStore, schoolId: string) {
  const [school, classList, studentsByClass, families, guardians, staff] = await Promise.all([
    repos(store).schools.get(schoolId),
    repos(store).classes.find({
      where: { schoolId },
      orderBy: [
        ['grade', 'asc'],
        ['name', 'asc'],
      ],
      limit: 100,
    }),
    store.countBy('students', 'classId', { schoolId, ...ON_ROLL }),
    store.count('families', { schoolId }),
    store.count('guardians', { schoolId }),
    store.count('staff', { schoolId, status: 'active' }),
  ])
  if (!school) return null
  const heads = await repos(store).staff.getMany(classList.map((c) => c.headTeacherId).filter((x): x is string => !!x))
  return {
    schoolId,
    schoolName: school.name,
    counts: {
      classes: classList.length,
      students: Object.values(studentsByClass).reduce((a, b) => a + b, 0),
      families,
      guardians,
      staff,
    },
    classes: classList.map((c) => ({
      classId: c._id,
      name: c.name,
      grade: c.grade,
      studentCount: studentsByClass[c._id] ?? 0,
      headTeacherName: heads.find((h) => h._id === c.headTeacherId)?.name ?? null,
    })),
  }
}
