// Data-model migrations on the local engine, from a database as version 1 wrote it: families without
// the defaulted coverage fields, invisible to the database's own filters until backfilled.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { migrate } from '../../../src/api/migrate'
import { SCHEMA_VERSION } from '../../../src/core/collections'
import { MIGRATIONS } from '../../../src/core/migrations.rules'
import { FamilySchema } from '../../../src/core/model/family.schema'

const NOW = new Date('2026-12-01T02:00:00Z')
const FAMILIES = 250

/** A version-1 database: the schema marker at 1 and families carrying only what version 1 wrote. */
async function v1Database(path = join(mkdtempSync(join(tmpdir(), 'jf-mig-')), 'db.sqlite')) {
  const engine = new SqliteStore(path)
  await engine.insert('meta', { _id: 'schema', version: 1, seededAt: NOW.toISOString() })
  await engine.insert('schools', { _id: 's1', districtId: 'd1', name: '第一小学' })
  for (let i = 0; i < FAMILIES; i++) {
    const id = `fam-${String(i).padStart(4, '0')}`
    // Every tenth family was already touched by the coverage refresh in version 1.
    const doc = i % 10 === 0 ? { _id: id, schoolId: 's1', active: true, special: false, classId: 'c1' } : { _id: id, schoolId: 's1' }
    await engine.insert('families', doc)
  }
  return { engine, path }
}

class CrashingStore extends SqliteStore {
  private writes = 0
  constructor(
    path: string,
    private readonly crashAfter: number,
  ) {
    super(path)
  }
  override async update(...args: Parameters<SqliteStore['update']>) {
    if (args[0] === 'families' && ++this.writes > this.crashAfter) throw new Error('power cut')
    return super.update(...args)
  }
}

test('the last migration reaches SCHEMA_VERSION, one version at a time', () => {
  expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 2))
})

test('version-1 families become visible to the database filters; every one reads as before', async () => {
  const { engine } = await v1Database()
  expect(await engine.count('families', { schoolId: 's1', active: false })).toBe(0)
  const before = await engine.find('families', { orderBy: [['_id', 'asc']], limit: 100 })
  const r = await migrate(engine, { now: NOW })
  // Each lacked at least one defaulted field (the touched ones: grade, ownerId…).
  expect(r).toEqual({ from: 1, to: SCHEMA_VERSION, patched: FAMILIES, done: true })
  expect(await engine.count('families', { schoolId: 's1', active: false })).toBe(FAMILIES - FAMILIES / 10)
  expect(await engine.count('families', { ownerId: null, active: false })).toBe(FAMILIES - FAMILIES / 10)
  const after = await engine.find('families', { orderBy: [['_id', 'asc']], limit: 100 })
  expect(after.map((d) => FamilySchema.parse({ ...d, _v: 1 }))).toEqual(before.map((d) => FamilySchema.parse({ ...d, _v: 1 })))
  expect((await engine.get('meta', 'schema'))!.version).toBe(SCHEMA_VERSION)
  expect(await migrate(engine, { now: NOW })).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, patched: 0, done: true })
  engine.close()
})

test('a migration cut off half way resumes from its cursor and finishes without redoing pages', async () => {
  const { engine, path } = await v1Database()
  engine.close()
  const crashing = new CrashingStore(path, 120)
  await expect(migrate(crashing, { now: NOW, page: 50 })).rejects.toThrow('power cut')
  const cursor = await crashing.get('meta', 'migration')
  expect(cursor).toMatchObject({ to: 2 })
  expect(String(cursor!.after) >= 'fam-0099').toBe(true)
  expect((await crashing.get('meta', 'schema'))!.version).toBe(1)
  crashing.close()

  const again = new CrashingStore(path, FAMILIES)
  const scanned = jest.spyOn(again, 'find')
  const r = await migrate(again, { now: NOW, page: 50 })
  expect(r.patched).toBe(FAMILIES - 120)
  // Resumed after the cursor: the pages already done are not read again.
  expect(scanned.mock.calls.length).toBeLessThan(FAMILIES / 50 + 1)
  expect(await again.count('families', { schoolId: 's1', active: false })).toBe(FAMILIES - FAMILIES / 10)
  expect(await again.get('meta', 'migration')).toBeNull()
  expect((await again.get('meta', 'schema'))!.version).toBe(SCHEMA_VERSION)
  again.close()
})

test('an empty database needs nothing and is left empty for the seed', async () => {
  const engine = new SqliteStore(':memory:')
  expect(await migrate(engine, { now: NOW })).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, patched: 0, done: true })
  expect(await engine.get('meta', 'schema')).toBeNull()
  engine.close()
})

test('bounded runs (as the cloud scheduler makes them) stop at their budget and the next one carries on', async () => {
  const { engine } = await v1Database()
  const runs = []
  for (let i = 0; i < 5; i++) {
    const r = await migrate(engine, { now: NOW, maxDocs: 100 })
    runs.push([r.patched, r.done])
    if (r.done) break
  }
  expect(runs).toEqual([
    [100, false],
    [100, false],
    [50, true],
  ])
  expect((await engine.get('meta', 'schema'))!.version).toBe(SCHEMA_VERSION)
  engine.close()
})

test('version 3: students imported before it store leftAt as null (the roster-now filter), a leaver keeps the date', async () => {
  const engine = new SqliteStore(':memory:')
  await engine.insert('meta', { _id: 'schema', version: 2, seededAt: NOW.toISOString() })
  await engine.insert('schools', { _id: 's1', districtId: 'd1', name: '第一小学' })
  const base = {
    schoolId: 's1',
    classId: 'c1',
    familyId: 'f1',
    name: '学生',
    gender: 'M',
    birthMonth: '2018-03',
    mentorIds: [],
    difficultySubjects: [],
  }
  const left = '2026-07-01T00:00:00.000Z'
  await engine.insert('students', { _id: 'stu-1', studentNo: '1', ...base })
  await engine.insert('students', { _id: 'stu-2', studentNo: '2', ...base, leftAt: left })
  expect(await migrate(engine, { now: NOW })).toEqual({ from: 2, to: SCHEMA_VERSION, patched: 1, done: true })
  expect(await engine.get('students', 'stu-1')).toHaveProperty('leftAt', null)
  expect(await engine.get('students', 'stu-2')).toHaveProperty('leftAt', left)
  engine.close()
})
