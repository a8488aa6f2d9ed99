// The special-members document after a request that stopped half-way: a guardian's consent withdrawal
// whose category counts could not be written leaves a repair marker and stale counts, which the
// scheduler puts right a minute on (and not before); a normal change leaves no marker; a second run
// changes nothing; a marker for a family gone is dropped; a coverage refresh that fails after making a
// family no longer due is repaired the same way; the cloud deploy lists the new collection and index.
import { failingWritesTo } from '../support/failing-store'
import { refreshFamilies } from '../../src/api/coverage/refresh'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import { runScheduler } from '../../src/api/scheduler'
import { SpecialMembersSchema } from '../../src/core/coverage/special-members'
import type { DocStore } from '../../src/core/ports/doc-store'
import { deployPlan, describePlan } from '../../src/server/deploy/deploy-plan'
import { reachableFamily } from '../support/coverage'
import { demo } from '../support/demo'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at, now } = serverOnMovedClock()
const CLASS = 'cls-qs-3-1'
const MINUTE = 60_000
const files = { put: jest.fn(), get: jest.fn(), url: jest.fn(), adopt: jest.fn(), remove: jest.fn(), purgeExpired: jest.fn() }
const notifier = { idempotent: true, send: async () => ({ ok: true as const }) }

/** The store with every write of the special-members document failing. */
const failingMembers = (store: DocStore) => failingWritesTo(store, 'special_members')

const rows = async () => ok(await srv.call(demo.principal(), 'reports', 'schoolDashboard', {})).categories!
const row = (all: Awaited<ReturnType<typeof rows>>, key: string) => all.find((r) => r.key === key)
const markers = () => srv.direct.find('member_repairs', { limit: 100 })
const members = async () => SpecialMembersSchema.parse(await srv.direct.get('special_members', demo.schoolId))
const runJob = (ms: number) => runScheduler({ store: srv.store, notifier }, new Date(now().getTime() + ms), { pause: async () => {} })

function setConsent(store: DocStore, family: ReturnType<typeof reachableFamily>, given: boolean) {
  const input = { studentId: family.student._id, kind: 'sensitive', given }
  return dispatch(
    'accounts',
    { action: 'setConsent', input },
    { kind: 'user', userId: family.parent },
    { store, files },
    { routes: ROUTES, now: now() },
  )
}

test('a withdrawal whose counts fail to follow leaves a marker; the scheduler puts the counts right a minute on', async () => {
  const family = reachableFamily(CLASS, true)
  const [category] = demo.categoriesOf(family.student.familyId)
  const before = await rows()
  // The consent is saved all the same: the parent is told so.
  expect(await setConsent(failingMembers(srv.store), family, false)).toMatchObject({ ok: true })
  expect((await markers()).map((m) => m.familyId)).toEqual([family.student.familyId])
  expect(await rows()).toEqual(before)
  // Within the minute the request may still be under way: its marker is left alone.
  expect((await runJob(30_000)).membersRepaired).toBe(0)
  expect(await markers()).toHaveLength(1)
  expect((await runJob(2 * MINUTE)).membersRepaired).toBe(1)
  const after = await rows()
  expect(row(after, category!)!.required).toBe(row(before, category!)!.required - 1)
  expect(row(after, 'withheld')).toMatchObject({ required: 1 })
  expect(await markers()).toEqual([])
  // A second run finds nothing to do and writes nothing.
  const written = await fingerprint(srv.direct)
  expect((await runJob(2 * MINUTE)).membersRepaired).toBe(0)
  expect(await fingerprint(srv.direct)).toBe(written)
  // Given again, normally: the counts follow at once and no marker is left.
  ok(await setConsent(srv.store, family, true))
  expect(await markers()).toEqual([])
  expect(await rows()).toEqual(before)
})

test('a marker for a family no longer on file is removed, the document untouched', async () => {
  at('2026-12-01T03:00:00.000Z')
  const doc = await members()
  const marker = { _id: `${demo.schoolId}:fam-gone:1`, schoolId: demo.schoolId, familyId: 'fam-gone', at: '2026-12-01T02:00:00.000Z' }
  expect(await srv.direct.insert('member_repairs', marker)).toBe('ok')
  expect((await runJob(0)).membersRepaired).toBe(1)
  expect(await markers()).toEqual([])
  expect((await members())._v).toBe(doc._v)
})

test('a coverage refresh that fails after a family stops being due: the scheduler takes it out of its category', async () => {
  at('2026-12-01T04:00:00.000Z')
  const family = reachableFamily(CLASS, true)
  const { familyId } = family.student
  for (const s of demo.students.filter((x) => x.familyId === familyId))
    await srv.direct.update('students', s._id, { leftAt: now().toISOString() })
  await expect(refreshFamilies(failingMembers(srv.store), demo.schoolId, now(), [familyId])).rejects.toThrow('write failed')
  expect((await srv.direct.get('families', familyId))!.active).toBe(false)
  expect(Object.values((await members()).members).flat()).toContain(familyId)
  expect((await markers()).map((m) => m.familyId)).toEqual([familyId])
  await runJob(2 * MINUTE)
  expect(Object.values((await members()).members).flat()).not.toContain(familyId)
  expect(await markers()).toEqual([])
})

test('the cloud deploy creates the collection, names it for the no-client rule and indexes its query', () => {
  const plan = deployPlan(process.cwd(), {})
  expect(plan.collections).toContain('member_repairs')
  expect(plan.sensitive).toContain('member_repairs')
  expect(describePlan(plan, {}).join('\n')).toMatch(/^ {3}member_repairs +非唯一 \(at 升序\)$/m)
})
