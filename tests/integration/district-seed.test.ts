// The generated district (npm run bench, later figures and dashboards) is data the product itself
// accepts: every document valid and sealed at rest, families as a district has them, visits in every
// state, and its people able to act as themselves.
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { COLLECTION_NAMES, SCHEMAS, type CollectionName, type DocOf } from '../../src/core/collections'
import { readAll } from '../../src/core/ports/typed-repo'
import { generateDistrict, type DistrictManifest } from '../../src/server/seed/district'
import { freshPairs } from '../bench/district/cases'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const NOW = new Date('2026-12-01T02:00:00.000Z')
const SIZE = { schools: 2, students: 400, families: 360, staff: 40, parentsOnWeChat: 300, visits: 600 }
const ring = createKeyRing('ab'.repeat(32))
const engine = new SqliteStore(':memory:', { declaredQueriesOnly: true })
const store = new SealedStore(engine, createFieldCipher(ring))
const deps = { store, files: createDiskStorage(mkdtempSync(join(tmpdir(), 'jf-district-')), ring) }
const act = (userId: string, fn: string, action: string, input: unknown, requestId?: string) =>
  dispatch(fn, { action, input, ...(requestId ? { requestId } : {}) }, { kind: 'user', userId }, deps, { routes: ROUTES, now: NOW })

let m: DistrictManifest
// Filled in beforeAll, one entry per collection.
const all = {} as { [C in CollectionName]: Array<DocOf<C>> }
beforeAll(async () => {
  m = await generateDistrict(store, { size: SIZE, now: NOW })
  // Every document read back through its collection's schema: one that does not fit throws.
  for (const coll of COLLECTION_NAMES) Object.assign(all, { [coll]: await readAll(store, coll, SCHEMAS[coll]) })
})
afterAll(() => engine.close())

test('the district has the size asked for, and every document fits its schema', () => {
  expect(all.schools).toHaveLength(2)
  expect(all.students).toHaveLength(SIZE.students)
  expect(all.families).toHaveLength(SIZE.families)
  expect(all.staff).toHaveLength(SIZE.staff)
  expect(all.visits).toHaveLength(SIZE.visits)
  expect(m.counts.students).toBe(SIZE.students)
})

test('families as a district has them: siblings, special categories, several guardians, parents on WeChat', () => {
  const byFamily = new Map<string, Array<DocOf<'students'>>>()
  for (const s of all.students) byFamily.set(s.familyId, [...(byFamily.get(s.familyId) ?? []), s])
  const siblings = [...byFamily.values()].filter((kids) => kids.length > 1)
  expect(siblings.length).toBeGreaterThan((SIZE.students - SIZE.families) / 2)
  expect(siblings.some((kids) => new Set(kids.map((k) => k.classId)).size > 1)).toBe(true)
  const special = all.family_sensitive.filter((f) => f.categories.length > 0)
  expect(special.length / SIZE.families).toBeGreaterThan(0.1)
  expect(new Set(special.flatMap((f) => f.categories)).size).toBeGreaterThanOrEqual(5)
  expect(all.guardians.length / SIZE.families).toBeGreaterThan(1.8)
  const parents = new Set(all.bindings.filter((b) => b.status === 'approved').map((b) => b.userId))
  expect(parents.size).toBeGreaterThan(SIZE.parentsOnWeChat * 0.9)
  expect(all.bindings.some((b) => b.status === 'pending')).toBe(true)
})

test('visits in every state, with the claims, calendar slots and notifications they hold', () => {
  expect(new Set(all.visits.map((v) => v.status))).toEqual(
    new Set(['awaiting_parent', 'awaiting_teacher', 'scheduled', 'completed', 'cancelled']),
  )
  const open = all.visits.filter((v) => v.status !== 'cancelled')
  expect(all.claims).toHaveLength(open.length)
  // Each claim says where its visit stands: what the coverage figures count.
  const visitOf = new Map(all.visits.map((v) => [v._id, v]))
  for (const c of all.claims) expect(visitOf.get(c.visitId)?.familyId).toBe(c.familyId)
  expect(new Set(all.claims.map((c) => c.state))).toEqual(new Set(['proposed', 'scheduled', 'completed']))
  expect(all.locks.some((l) => l._id.startsWith('slot:'))).toBe(true)
  expect(all.outbox.some((o) => o.status === 'pending')).toBe(true)
  expect(all.inbox.length).toBeGreaterThan(0)
})

test('phones, addresses and categories are sealed at rest', async () => {
  const contact = (await engine.find('contacts', { where: { schoolId: m.schoolIds[0]! }, orderBy: [['_id', 'asc']], limit: 1 }))[0]!
  expect(String(contact.phone)).toMatch(/^enc2:/)
  const family = (await engine.get('family_sensitive', all.family_sensitive[0]!._id))!
  expect(String(family.address)).toMatch(/^enc2:/)
})

test('its people act as themselves: a head teacher reads the class, proposes to a fresh family, the parent accepts', async () => {
  const head = m.headTeachers[0]!
  const list = await act(head.userId, 'roster', 'classStudents', { classId: head.classId })
  expect(list).toMatchObject({ ok: true, data: { total: head.studentIds.length } })
  const pair = freshPairs(m)[0]!
  const option = { startAt: pair.startAt, endAt: pair.endAt, format: 'home', place: null }
  const proposed = await act(pair.teacherUserId, 'visits', 'propose', { studentId: pair.studentId, topic: '家访', options: [option] }, 'p1')
  expect(proposed.ok).toBe(true)
  const v = (proposed as { data: { visitId: string; version: number; options: Array<{ id: string }> } }).data
  const command = { kind: 'accept', optionId: v.options[0]!.id }
  expect(await act(pair.parentUserId, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }, 'a1')).toMatchObject({
    ok: true,
    data: { status: 'scheduled' },
  })
})
