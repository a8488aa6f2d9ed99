// The school dashboard's special families by category, on the demo school: a visit held (agreed, its
// time passed) counts as visited in its family's category, one agreed for later does not; leadership
// sees the section, a middle manager sees the dashboard without it; another school counts its own, its
// document built on the first read when missing.
import { CATEGORY_LIST_AUDIT_ACTION } from '../../src/core/contract/privacy.contract'
import { SPECIAL_CATEGORY_LABELS, type SpecialCategory } from '../../src/core/model/family.schema'
import { handFamilies, reachableFamily } from '../support/coverage'
import { demo } from '../support/demo'
import { agreedOn } from '../support/hold'
import { ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
let clock = Date.parse('2026-12-01T02:00:00.000Z')
beforeAll(async () => {
  srv = await startTestServer({ clock: () => new Date(clock) })
})
afterAll(() => srv.close())

const CLASS = 'cls-qs-5-1'
const dashboard = async (who: string) => ok(await srv.call(who, 'reports', 'schoolDashboard', {}))

/** Per category label: [required, visited] counted from the seed's categories. */
function handRows(schoolId: string, visited: string[]) {
  const out: Record<string, [number, number]> = {}
  for (const f of handFamilies(schoolId)) {
    for (const c of demo.categoriesOf(f.familyId)) {
      const row = (out[SPECIAL_CATEGORY_LABELS[c as SpecialCategory]] ??= [0, 0])
      row[0]++
      if (visited.includes(f.familyId)) row[1]++
    }
  }
  return out
}
const shownRows = (rows: Array<{ label: string; required: number; visited: number }>) =>
  Object.fromEntries(rows.filter((r) => r.required).map((r) => [r.label, [r.required, r.visited]]))

test('a held visit counts in its category, an agreed later one does not; the rows add up to the headline', async () => {
  const held = reachableFamily(CLASS, true)
  const later = reachableFamily(CLASS, true, [held.student.familyId])
  const teacher = demo.headTeacher(CLASS)
  await agreedOn(srv, teacher, held, '02')
  await agreedOn(srv, teacher, later, '10')
  clock = Date.parse('2026-12-03T02:00:00.000Z')
  const d = await dashboard(demo.principal())
  const rows = d.categories!
  expect(rows).toHaveLength(8)
  expect(shownRows(rows)).toEqual(handRows(demo.schoolId, [held.student.familyId]))
  const [category] = demo.categoriesOf(held.student.familyId)
  const row = rows.find((r) => r.key === category)!
  expect(row.visited).toBe(1)
  expect(row.notVisited).toBe(row.required - 1)
  expect(row.rate).toBeCloseTo(1 / row.required)
  // Each demo family has one category: the rows add up to the headline's special families.
  const sum = (k: 'required' | 'visited') => rows.reduce((n, r) => n + r[k], 0)
  expect([sum('required'), sum('visited')]).toEqual([d.headline.specialRequired, d.headline.specialVisited])
  // The leadership team sees the same rows.
  expect((await dashboard(demo.withRole('leader'))).categories).toEqual(rows)
})

test('a category row taps through to its families not yet visited: leadership only, each read audited', async () => {
  const held = reachableFamily(CLASS, true)
  const [category] = demo.categoriesOf(held.student.familyId)
  const row = (await dashboard(demo.principal())).categories!.find((r) => r.key === category)!
  const list = (measure: 'specialNotVisited' | 'required', who = demo.principal()) =>
    srv.call(who, 'coverage', 'families', { scope: `category:${category}`, measure })
  const notVisited = ok(await list('specialNotVisited'))
  expect([notVisited.total, notVisited.scopeLabel]).toEqual([row.notVisited, SPECIAL_CATEGORY_LABELS[category as SpecialCategory]])
  const ids = notVisited.rows.map((r) => r.familyId)
  expect(ids).not.toContain(held.student.familyId)
  for (const id of ids) expect(demo.categoriesOf(id)).toContain(category)
  expect(ok(await list('required')).rows.map((r) => r.familyId)).toContain(held.student.familyId)
  const audit = await srv.direct.find('audit_log', { where: { schoolId: demo.schoolId, action: CATEGORY_LIST_AUDIT_ACTION }, limit: 10 })
  expect(audit.map((a) => a.targetId)).toEqual([category, category])
  // A middle manager, or a category that does not exist: answered as a missing class, nothing logged.
  const missing = await srv.call(demo.principal(), 'coverage', 'families', { scope: 'class:nope', measure: 'required' })
  expect(missing.ok).toBe(false)
  const other = await srv.call(demo.principal(), 'coverage', 'families', { scope: 'category:nope', measure: 'required' })
  for (const res of [await list('specialNotVisited', demo.withRole('middle_manager')), other]) expect(res).toEqual(missing)
  expect(await srv.direct.count('audit_log', { schoolId: demo.schoolId, action: CATEGORY_LIST_AUDIT_ACTION })).toBe(2)
})

test('a guardian withdraws consent to the categories: the family leaves its category (counted apart), and comes back', async () => {
  const held = reachableFamily(CLASS, true)
  const [category] = demo.categoriesOf(held.student.familyId)
  const rowsNow = async () => (await dashboard(demo.principal())).categories!
  const before = await rowsNow()
  const consent = async (given: boolean) =>
    ok(await srv.call(held.parent, 'accounts', 'setConsent', { studentId: held.student._id, kind: 'sensitive', given }))
  await consent(false)
  const after = await rowsNow()
  const row = (rows: typeof after, key: string) => rows.find((r) => r.key === key)
  expect(row(after, category!)!.required).toBe(row(before, category!)!.required - 1)
  expect(row(after, 'withheld')).toMatchObject({ label: '未同意使用类别信息', required: 1, visited: 1, notVisited: 0 })
  const listed = ok(await srv.call(demo.principal(), 'coverage', 'families', { scope: `category:${category}`, measure: 'required' }))
  expect(listed.rows.map((r) => r.familyId)).not.toContain(held.student.familyId)
  const withheldList = await srv.call(demo.principal(), 'coverage', 'families', { scope: 'category:withheld', measure: 'required' })
  expect(withheldList.ok).toBe(false)
  await consent(true)
  expect(await rowsNow()).toEqual(before)
})

test('a middle manager sees the dashboard but no categories', async () => {
  const d = await dashboard(demo.withRole('middle_manager'))
  expect(d.headline.required).toBe(handFamilies().length)
  expect('categories' in d).toBe(false)
})

test("another school's counts are its own, built on the first read when its document is missing (data from before it)", async () => {
  expect(await srv.direct.remove('special_members', demo.otherSchoolId)).toBe(true)
  const d = await dashboard(demo.principal(demo.otherSchoolId))
  expect(shownRows(d.categories!)).toEqual(handRows(demo.otherSchoolId, []))
  expect(await srv.direct.get('special_members', demo.otherSchoolId)).not.toBeNull()
})
