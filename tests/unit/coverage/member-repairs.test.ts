// Which writes need a repair marker for the special-members document: those that change a family's
// categories, its consent withdrawals or whether it is due — as a consent change, an import, a coverage
// refresh and an erasure write them — and nothing else; a slice's markers grouped by family.
import { familiesTouched, repairCutoff, repairGroups } from '../../../src/core/coverage/member-repairs'
import type { WriteOp } from '../../../src/core/ports/doc-store'

const update = (coll: WriteOp['coll'], id: string, set: Record<string, unknown>): WriteOp => ({ kind: 'update', coll, id, set })
const insert = (coll: WriteOp['coll'], doc: Record<string, unknown> & { _id: string }): WriteOp => ({ kind: 'insert', coll, doc })

test.each<[string, WriteOp[], string[]]>([
  ['consent withdrawn (binding, record, sealed withdrawals)', [update('bindings', 'b1', { consent: {} }), insert('consents', { _id: 'c1' }), update('family_sensitive', 'f1', { withdrawnBy: ['u1'] })], ['f1']],
  ['guardian consent only: no sealed change', [update('bindings', 'b1', { status: 'revoked' }), insert('consents', { _id: 'c1' })], []],
  ['import: categories changed', [update('family_sensitive', 'f1', { categories: ['disabled'] })], ['f1']],
  ['import: only the address changed', [update('family_sensitive', 'f1', { address: '新地址' })], []],
  ['import: a new family with a category', [insert('families', { _id: 'f2', active: false }), insert('family_sensitive', { _id: 'f2', categories: ['divorced'], withdrawnBy: [] })], ['f2']],
  ['import: a new family with none', [insert('families', { _id: 'f3', active: false }), insert('family_sensitive', { _id: 'f3', categories: [], withdrawnBy: [] })], []],
  ['refresh: no longer due, another only a new owner', [update('families', 'f1', { active: false, ownerId: null }), update('families', 'f2', { ownerId: 's1' })], ['f1']],
  ['erasure: the family and its sealed record', [update('families', 'f1', { active: false, special: false }), { kind: 'remove', coll: 'family_sensitive', id: 'f1' }], ['f1']],
])('%s', (_, ops, touched) => {
  expect(familiesTouched(ops)).toEqual(touched)
})

test('a slice: several markers of one family make one repair; each school apart', () => {
  const m = (_id: string, schoolId: string, familyId: string) => ({ _id, schoolId, familyId })
  expect(repairGroups([m('a', 's1', 'f1'), m('b', 's1', 'f2'), m('c', 's1', 'f1'), m('d', 's2', 'f1')])).toEqual([
    { schoolId: 's1', familyId: 'f1', ids: ['a', 'c'] },
    { schoolId: 's1', familyId: 'f2', ids: ['b'] },
    { schoolId: 's2', familyId: 'f1', ids: ['d'] },
  ])
})

test('markers are taken once a minute old', () => {
  expect(repairCutoff(new Date('2026-12-01T02:00:00.000Z'))).toBe('2026-12-01T01:59:00.000Z')
})
