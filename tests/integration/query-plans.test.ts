// Every query a route or job makes is declared in the collection registry (the test server refuses
// any other), and here SQLite's own query plan says each declared query finds its rows through an
// index: a district of 40,000 students must never be read whole to answer one request.
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/core/collections'
import type { Condition, FindOptions, Where } from '../../src/core/ports/doc-store'
import { UndeclaredQueryError, type MatchOp, type QuerySpec } from '../../src/core/query-shapes'

const SAMPLE: Record<MatchOp, Condition[]> = {
  // A single value, a list and null (`IS NULL`: the roster now is `leftAt: null`): all index look-ups.
  eq: ['x', { in: ['x', 'y'] }, null],
  range: [{ gte: 'a', lt: 'b' }],
  ne: [{ ne: 'x' }],
  has: [{ has: 'x' }],
}

/** Every concrete query a declared shape stands for: each way of matching each field. */
function queriesOf(spec: QuerySpec): Array<{ where: Where; orderBy: FindOptions['orderBy'] }> {
  let wheres: Where[] = [{}]
  for (const [field, op] of Object.entries(spec.where) as Array<[string, MatchOp]>) {
    wheres = wheres.flatMap((w) => SAMPLE[op].map((cond) => ({ ...w, [field]: cond })))
  }
  const orderBy = (spec.orderBy ?? []).map((o) => {
    const [field, dir] = o.split(' ')
    return [field!, dir === 'desc' ? 'desc' : 'asc'] as [string, 'asc' | 'desc']
  })
  return wheres.map((where) => ({ where, orderBy }))
}

/** Plan lines that read a whole table (or a whole index of it) instead of searching it. */
const fullScans = (coll: string, plan: string[]) => plan.filter((line) => new RegExp(`^SCAN "?${coll}"?\\b`).test(line))

const declared = COLLECTION_NAMES.flatMap((coll) => COLLECTIONS[coll].queries.map((spec) => [coll, spec] as const))

describe('query plans at district scale', () => {
  const engine = new SqliteStore(':memory:')
  afterAll(() => engine.close())

  test('the registry declares the queries routes and jobs make', () => {
    expect(declared.length).toBeGreaterThan(30)
  })

  test.each(declared.filter(([, spec]) => !spec.scan).map(([coll, spec]) => [coll, JSON.stringify(spec), spec] as const))(
    '%s %s is answered through an index',
    (coll, _label, spec) => {
      for (const query of queriesOf(spec)) {
        for (const kind of ['find', 'count'] as const) {
          const plan = engine.explain(coll as CollectionName, query, kind)
          expect({ kind, query, scans: fullScans(coll, plan) }).toEqual({ kind, query, scans: [] })
        }
      }
    },
  )

  test('every index serves a declared query (an index nothing asks for only slows every write)', () => {
    const idle = COLLECTION_NAMES.flatMap((coll) =>
      COLLECTIONS[coll].indexes
        .filter((idx) => !idx.unique && !COLLECTIONS[coll].queries.some((q) => idx.fields[0]! in q.where))
        .map((idx) => `${coll} (${idx.fields.join(', ')})`),
    )
    expect(idle).toEqual([])
  })

  test('a query that may read a whole collection says why', () => {
    for (const [, spec] of declared.filter(([, s]) => s.scan)) expect(spec.scan!.length).toBeGreaterThan(20)
  })

  test('a query without an order is not sorted by id (that walks the primary key instead of the index)', () => {
    const plan = engine.explain('visits', { where: { status: 'scheduled', startAt: { gt: 'a', lte: 'b' } } }, 'find')
    expect(plan.join('\n')).not.toMatch(/autoindex|TEMP B-TREE/)
  })

  test('a class list page now (leavers left out) comes in student-number order from its index: no whole documents sorted', () => {
    const plan = engine.explain('students', { where: { classId: 'c', leftAt: null }, orderBy: [['studentNo', 'asc']] }, 'find')
    expect(plan.join('\n')).toMatch(/INDEX students__classId_leftAt_studentNo__id \(<expr>=\? AND <expr>=\?\)/)
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|SCAN/)
  })

  test('head counts now (a class, my classes, a school, the district) come from an index holding leftAt: no scan, no sort', () => {
    const NOW = { leftAt: null }
    const total = engine.explain('students', { where: { classId: 'c', ...NOW } }, 'count')
    expect(total.join('\n')).toMatch(/COVERING INDEX students__classId_leftAt_studentNo__id \(<expr>=\? AND <expr>=\?\)/)
    const groups = [
      engine.explain('students', { where: { classId: { in: ['a', 'b'] }, ...NOW } }, { countBy: 'classId' }),
      engine.explain('students', { where: { schoolId: 's', ...NOW } }, { countBy: 'classId' }),
      engine.explain('students', { where: { schoolId: { in: ['a', 'b'] }, ...NOW } }, { countBy: 'schoolId' }),
    ].map((p) => p.join('\n'))
    expect(groups[0]).toMatch(/INDEX students__classId_leftAt_studentNo__id \(<expr>=\? AND <expr>=\?\)/)
    for (const plan of groups.slice(1)) expect(plan).toMatch(/INDEX students__schoolId_leftAt_classId \(<expr>=\? AND <expr>=\?\)/)
    for (const plan of groups) expect(plan).not.toMatch(/TEMP B-TREE|SCAN/)
  })

  test('roster rows count approved bindings and offline guardians from an index that holds both fields', () => {
    const bound = engine.explain('bindings', { where: { studentId: { in: ['a', 'b'] }, status: 'approved' } }, 'count')
    const offline = engine.explain('guardians', { where: { familyId: { in: ['a', 'b'] }, offline: true } }, 'count')
    expect(bound.join('\n')).toMatch(/INDEX bindings__studentId_status \(<expr>=\? AND <expr>=\?\)/)
    expect(offline.join('\n')).toMatch(/INDEX guardians__familyId_offline \(<expr>=\? AND <expr>=\?\)/)
  })
})

describe('declared queries only', () => {
  const engine = new SqliteStore(':memory:', { declaredQueriesOnly: true })
  afterAll(() => engine.close())
  const silently = <T>(run: () => Promise<T>) => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    return run().finally(() => spy.mockRestore())
  }

  test('a query the registry does not declare is refused, naming what to declare', async () => {
    await expect(silently(() => engine.find('visits', { where: { topic: '家访' }, limit: 10 }))).rejects.toThrow(UndeclaredQueryError)
    await expect(silently(() => engine.count('guardians', { name: '王芳' }))).rejects.toThrow(/guardians.*name:eq/)
  })

  test('declared queries, counts over them and reads by id run', async () => {
    await expect(engine.find('visits', { where: { status: 'scheduled', startAt: { gt: 'a' } }, limit: 10 })).resolves.toEqual([])
    await expect(engine.count('students', { classId: { in: ['c1', 'c2'] }, leftAt: null })).resolves.toBe(0)
    await expect(engine.getMany('students', ['s1'])).resolves.toEqual([])
    await expect(engine.find('students', { where: { _id: { gt: 's' } }, orderBy: [['_id', 'asc']], limit: 10 })).resolves.toEqual([])
  })
})
