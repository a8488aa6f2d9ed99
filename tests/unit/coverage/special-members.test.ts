// Special families by category, counted by hand: families with no, one and two categories, a family no
// longer due, one whose guardian withdrew consent to its categories, a partial refresh that moves one
// family, and the rows the dashboard shows.
import { categoryRows, membersOf, mergeMembers, sameMembers, type MemberFacts } from '../../../src/core/coverage/special-members'

const fact = (familyId: string, categories: string[], more: Partial<MemberFacts> = {}): MemberFacts => ({
  familyId,
  categories,
  active: true,
  withheld: false,
  ...more,
})
const facts = [
  fact('f-none', []),
  fact('f-one', ['left_behind']),
  fact('f-two', ['divorced', 'min_allowance']),
  fact('f-also', ['left_behind']),
  // Its child left: no longer due, so in no category.
  fact('f-left', ['disabled'], { active: false }),
]

test('active families under each of their categories, sorted; empty categories left out', () => {
  expect(membersOf(facts)).toEqual({ divorced: ['f-two'], left_behind: ['f-also', 'f-one'], min_allowance: ['f-two'] })
})

test('consent withdrawn: counted apart under no category; without a category it is not special at all', () => {
  const withheld = [fact('f-w', ['disabled', 'rural_poor'], { withheld: true }), fact('f-w0', [], { withheld: true })]
  expect(membersOf([...facts, ...withheld])).toEqual({ ...membersOf(facts), withheld: ['f-w'] })
  const rows = categoryRows(membersOf([...facts, ...withheld]), new Set(['f-w']))
  expect(rows.at(-1)).toEqual({ key: 'withheld', label: '未同意使用类别信息', required: 1, visited: 1, notVisited: 0, rate: 1 })
  expect(rows.find((r) => r.key === 'disabled')!.required).toBe(0)
})

test('a partial refresh replaces only its families: one moved, one cleared, the rest kept', () => {
  const current = membersOf(facts)
  const next = mergeMembers(current, ['f-one', 'f-two', 'f-gone'], [fact('f-one', ['migrant_worker']), fact('f-two', [])])
  expect(next).toEqual({ left_behind: ['f-also'], migrant_worker: ['f-one'] })
  // Again with the same facts: nothing changes (the refresh then writes nothing).
  expect(sameMembers(mergeMembers(next, ['f-one', 'f-two'], [fact('f-one', ['migrant_worker'])]), next)).toBe(true)
})

test('rows per category: required, visited (held), not visited and the rate; a family in two categories counts in both', () => {
  const rows = categoryRows(membersOf(facts), new Set(['f-two', 'f-one', 'f-none']))
  const shown = Object.fromEntries(rows.filter((r) => r.required).map((r) => [r.label, [r.required, r.visited, r.notVisited, r.rate]]))
  expect(shown).toEqual({ 离异家庭: [1, 1, 0, 1], 留守儿童: [2, 1, 1, 0.5], 城乡低保: [1, 1, 0, 1] })
  // Every category, and no withheld row when no family withdrew.
  expect(rows).toHaveLength(8)
  expect(rows.find((r) => r.key === 'disabled')).toMatchObject({ required: 0, visited: 0, notVisited: 0, rate: null })
})
