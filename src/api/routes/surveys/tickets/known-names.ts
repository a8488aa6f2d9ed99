// The names a typical case must not carry: the family's children and guardians, the visiting staff,
// the head teacher, the class, the school and the district. The anonymiser also removes the patterns.
import type { KnownNames } from '../../../../core/survey/anonymise'
import type { Visit } from '../../../../core/model/visit.schema'
import type { DocStore } from '../../../../core/ports/doc-store'
import { repos } from '../../../repos'

export async function knownNamesOf(store: DocStore, visit: Visit): Promise<KnownNames & { grade: number | null; districtId: string }> {
  const r = repos(store)
  const [kids, guardians, school] = await Promise.all([
    r.students.find({ where: { familyId: visit.familyId }, limit: 20 }),
    r.guardians.find({ where: { familyId: visit.familyId }, limit: 20 }),
    r.schools.get(visit.schoolId),
  ])
  const classes = await r.classes.getMany([...new Set(kids.map((k) => k.classId))])
  const staff = await r.staff.getMany(classes.flatMap((c) => (c.headTeacherId ? [c.headTeacherId] : [])))
  const district = school ? await r.districts.get(school.districtId) : null
  const people = [
    ...kids.map((k) => k.name),
    ...guardians.map((g) => g.name),
    visit.teacherName,
    ...visit.coVisitors.map((c) => c.name),
    ...(visit.agreed ? [visit.agreed.parentName] : []),
    ...staff.map((s) => s.name),
  ]
  return {
    people: [...new Set(people.filter(Boolean))],
    classes: classes.map((c) => c.name),
    schools: school ? [school.name] : [],
    places: district ? [district.name] : [],
    grade: classes[0]?.grade ?? null,
    districtId: school?.districtId ?? '',
  }
}
