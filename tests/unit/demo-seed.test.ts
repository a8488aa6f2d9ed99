// The demo district must look like a real school: the scenarios later issues rely on exist.
import { SPECIAL_CATEGORIES } from '../../src/core/model/family.schema'
import { buildDemoData } from '../../src/server/seed/demo-school'
import { demo, type DemoStudent } from '../support/demo'

const data = buildDemoData('2026-11-02T01:00:00.000Z')
const { students, sensitive, guardians, staff, users, bindings } = demo

test('about 200 students with unique student numbers per school', () => {
  const qs = students.filter((s) => s.schoolId === 'sch-qs')
  expect(qs.length).toBeGreaterThanOrEqual(190)
  expect(new Set(students.map((s) => `${s.schoolId}/${s.studentNo}`)).size).toBe(students.length)
})

test('every special category appears, and left-behind families are cared for by grandparents', () => {
  const cats = new Set(sensitive.flatMap((f) => f.categories))
  expect([...cats].sort()).toEqual([...SPECIAL_CATEGORIES].sort())
  const leftBehind = sensitive.filter((f) => f.categories.includes('left_behind')).map((f) => f._id)
  for (const fam of leftBehind) {
    const relations = guardians.filter((g) => g.familyId === fam).map((g) => g.relation)
    expect(relations.every((r) => r.startsWith('grand'))).toBe(true)
  }
})

test('siblings share a family across classes', () => {
  const byFamily = new Map<string, DemoStudent[]>()
  for (const s of students) byFamily.set(s.familyId, [...(byFamily.get(s.familyId) ?? []), s])
  const siblings = [...byFamily.values()].filter((kids) => kids.length > 1)
  expect(siblings.length).toBeGreaterThanOrEqual(5)
  expect(siblings.some((kids) => new Set(kids.map((k) => k.classId)).size > 1)).toBe(true)
})

test('every role is present', () => {
  const roles = new Set(staff.flatMap((s) => s.roles))
  for (const r of ['head_teacher', 'subject_teacher', 'mentor', 'principal', 'leader', 'middle_manager', 'school_admin'])
    expect(roles).toContain(r)
  expect(users.some((u) => u.districtId)).toBe(true)
  expect(guardians.some((g) => g.offline)).toBe(true)
  expect(bindings.some((b) => b.status === 'pending')).toBe(true)
})

test('the same seed gives the same school', () => {
  expect(buildDemoData('2026-11-02T01:00:00.000Z')).toEqual(data)
})
