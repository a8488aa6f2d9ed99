// The school's special-members document, kept by the coverage refresh on the demo school: built by the
// seed from the sealed categories (hand count from the seed), sealed at rest, updated by a partial
// refresh when a family's categories change, two concurrent partial refreshes both landing, a family
// whose child is gone dropped by the whole refresh, and nothing rewritten when nothing changed.
import { refreshFamilies } from '../../src/api/coverage/refresh'
import { SpecialMembersSchema } from '../../src/core/coverage/special-members'
import { SPECIAL_CATEGORIES } from '../../src/core/model/family.schema'
import type { DocStore } from '../../src/core/ports/doc-store'
import { handFamilies } from '../support/coverage'
import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const NOW = new Date('2026-12-01T02:00:00.000Z')
const members = async () => SpecialMembersSchema.parse(await srv.direct.get('special_members', demo.schoolId))
/** Category → family ids as the seed says, for the families still due. */
function handMembers(changed: Record<string, string[]> = {}, gone: string[] = []) {
  const out: Record<string, string[]> = {}
  for (const f of handFamilies()) {
    if (gone.includes(f.familyId)) continue
    for (const c of changed[f.familyId] ?? demo.categoriesOf(f.familyId)) (out[c] ??= []).push(f.familyId)
  }
  return Object.fromEntries(SPECIAL_CATEGORIES.filter((c) => out[c]).map((c) => [c, out[c]!.sort()]))
}
const setCategories = (familyId: string, categories: string[]) => srv.direct.update('family_sensitive', familyId, { categories })

/** Both refreshes read the document before either writes: the second compare-and-set must retry. */
function readingTogether(store: DocStore, parties: number): DocStore {
  let waiting: Array<() => void> = []
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'get') return Reflect.get(target, prop, receiver)
      return async (coll: string, id: string) => {
        const doc = await target.get(coll as 'special_members', id)
        if (coll === 'special_members' && parties > 0) {
          parties--
          await new Promise<void>((resolve) => (parties === 0 ? (waiting.forEach((w) => w()), resolve()) : waiting.push(resolve)))
          waiting = parties === 0 ? [] : waiting
        }
        return doc
      }
    },
  })
}

const special = () => handFamilies().filter((f) => f.special)
const plain = () => handFamilies().find((f) => !f.special)!

test('the seed builds it from the sealed categories: active special families under their category, sealed at rest', async () => {
  const doc = await members()
  expect(doc.members).toEqual(handMembers())
  expect(special().length).toBeGreaterThan(3)
  const raw = await srv.engine.unchecked().get('special_members', demo.schoolId)
  expect(typeof raw!.members).toBe('string')
  expect(String(raw!.members)).not.toContain(special()[0]!.familyId)
})

test('two partial refreshes at once (a category moved, a family given two) both land', async () => {
  const [moved] = special()
  const two = plain()
  const before = await members()
  await setCategories(moved!.familyId, ['disabled'])
  await setCategories(two.familyId, ['divorced', 'rural_poor'])
  const store = readingTogether(srv.store, 2)
  await Promise.all([
    refreshFamilies(store, demo.schoolId, NOW, [moved!.familyId]),
    refreshFamilies(store, demo.schoolId, NOW, [two.familyId]),
  ])
  const after = await members()
  expect(after.members).toEqual(handMembers({ [moved!.familyId]: ['disabled'], [two.familyId]: ['divorced', 'rural_poor'] }))
  // One write each: the loser of the race read again and wrote on top of the winner.
  expect(after._v).toBe(before._v + 2)
  expect(after.members.divorced).toContain(two.familyId)
  expect(after.members.rural_poor).toContain(two.familyId)
})

test('a family whose children are gone leaves every category at the whole refresh; running it again writes nothing', async () => {
  const leaver = special()[1]!
  for (const s of demo.students.filter((x) => x.familyId === leaver.familyId)) await srv.direct.remove('students', s._id)
  await refreshFamilies(srv.store, demo.schoolId, NOW)
  const doc = await members()
  expect(Object.values(doc.members).flat()).not.toContain(leaver.familyId)
  const changed = { [special()[0]!.familyId]: ['disabled'], [plain().familyId]: ['divorced', 'rural_poor'] }
  expect(doc.members).toEqual(handMembers(changed, [leaver.familyId]))
  await refreshFamilies(srv.store, demo.schoolId, NOW)
  expect((await members())._v).toBe(doc._v)
})
