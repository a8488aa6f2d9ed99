// Coverage figures counted by hand from the demo seed: each family under its youngest child's class
// (lowest grade, then class id), due every semester when it has a special category.
import type { DocStore } from '../../src/core/ports/doc-store'
import { demo, type DemoStudent } from './demo'

const gradeOf = (classId: string) => demo.classes.find((c) => c._id === classId)!.grade

export type HandFamily = { familyId: string; classId: string; special: boolean; children: DemoStudent[] }

export function handFamilies(schoolId: string = demo.schoolId): HandFamily[] {
  const byFamily = new Map<string, DemoStudent[]>()
  for (const s of demo.students.filter((x) => x.schoolId === schoolId)) byFamily.set(s.familyId, [...(byFamily.get(s.familyId) ?? []), s])
  return [...byFamily].map(([familyId, children]) => {
    const home = [...children].sort((a, b) => gradeOf(a.classId) - gradeOf(b.classId) || (a.classId < b.classId ? -1 : 1))[0]!
    return { familyId, classId: home.classId, special: demo.categoriesOf(familyId).length > 0, children }
  })
}

/** A family counted under `classId` whose parent is on WeChat (so a visit can be agreed), special or not. */
export function reachableFamily(classId: string, special: boolean, skip: string[] = []) {
  const home = new Map(handFamilies().map((f) => [f.familyId, f]))
  const found = demo
    .familiesOf(classId)
    .find(
      (f) =>
        home.get(f.student.familyId)?.classId === classId &&
        home.get(f.student.familyId)!.special === special &&
        !skip.includes(f.student.familyId),
    )
  if (!found) throw new Error('the demo seed has no such family')
  return found
}

/** `count` more active families across the demo school's classes (one in five special), in batches of 100. */
export async function addFamilies(store: DocStore, idPrefix: string, count = 200) {
  const ops = Array.from({ length: count }, (_, i) => ({
    kind: 'insert' as const,
    coll: 'families' as const,
    doc: {
      _id: `${idPrefix}-${i}`,
      schoolId: demo.schoolId,
      classId: demo.classes[i % 12]!._id,
      grade: 1,
      special: i % 5 === 0,
      active: true,
      ownerId: null,
      ownerWhy: null,
      assignment: null,
    },
  }))
  for (let i = 0; i < ops.length; i += 100) expect(await store.batch(ops.slice(i, i + 100))).toEqual({ ok: true })
}
