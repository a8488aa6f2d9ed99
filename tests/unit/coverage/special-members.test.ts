// Special families by category, counted by hand: families with no, one and two categories, a family no
// longer due, a partial refresh that moves one family, and the rows the dashboard shows.
import { categoryRows, membersOf, mergeMembers, sameMembers } from '../../../src/core/coverage/special-members'

const facts = [
  { familyId: 'f-none', active: true, categories: [] },
  { familyId: 'f-one', active: true, categories: ['left_behind'] },
  { familyId: 'f-two', active: true, categories: ['divorced', 'min_allowance'] },
  { familyId: 'f-also', active: true, categories: ['left_behind'] },
  // Its child left: no longer due, so in no category.
  { familyId: 'f-left', active: false, categories: ['disabled'] },
]

test('active families under each of their categories, sorted; empty categories left out', () => {
  expect(membersOf(facts)).toEqual({ divorced: ['f-two'], left_behind: ['f-also', 'f-one'], min_allowance: ['f-two'] })
})

test('a partial refresh replaces only its families: one moved, one cleared, the rest kept', () => {
  const current = membersOf(facts)
  const next = mergeMembers(current, ['f-one', 'f-two', 'f-gone'], [
    { familyId: 'f-one', active: true, categories: ['migrant_worker'] },
    { familyId: 'f-two', active: true, categories: [] },
  ])
  expect(next).toEqual({ left_behind: ['f-also'], migrant_worker: ['f-one'] })
  // Again with the same facts: nothing changes (the refresh then writes nothing).
  expect(sameMembers(mergeMembers(next, ['f-one', 'f-two'], [{ familyId: 'f-one', active: true, categories: ['migrant_worker'] }]), next)).toBe(
    true,
  )
})

test('rows per category: required, visited (held), not visited and the rate; a family in two categories counts in both', () => {
  const rows = categoryRows(membersOf(facts), new Set(['f-two', 'f-one', 'f-none']))
  const shown = Object.fromEntries(rows.filter((r) => r.required).map((r) => [r.label, [r.required, r.visited, r.notVisited, r.rate]]))
  expect(shown).toEqual({ 离异家庭: [1, 1, 0, 1], 留守儿童: [2, 1, 1, 0.5], 城乡低保: [1, 1, 0, 1] })
  expect(rows).toHaveLength(8)
  expect(rows.find((r) => r.key === 'disabled')).toMatchObject({ required: 0, visited: 0, notVisited: 0, rate: null })
})
