// One behaviour suite for every DocStore adapter: the local engine always, the cloud when configured.
import type { DocStore } from '../../src/core/ports/doc-store'

export type StoreFactory = () => Promise<{ store: DocStore; cleanup: () => Promise<void> }>

const student = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  schoolId: 's1',
  classId: 'c1',
  studentNo: id.toUpperCase(),
  name: `学生${id}`,
  grade: 3,
  tags: ['a'],
  active: true,
  note: null,
  ...extra,
})

export function describeDocStoreContract(name: string, factory: StoreFactory) {
  describe(`DocStore contract: ${name}`, () => {
    let store: DocStore
    let cleanup: () => Promise<void>
    beforeEach(async () => {
      ;({ store, cleanup } = await factory())
    })
    afterEach(async () => cleanup())

    test('get answers null for a missing id and the document with version 1 after insert', async () => {
      expect(await store.get('students', 'nope')).toBeNull()
      expect(await store.insert('students', student('x1'))).toBe('ok')
      expect(await store.get('students', 'x1')).toMatchObject({ _id: 'x1', _v: 1, name: '学生x1', tags: ['a'], note: null })
    })

    test('insert refuses a duplicate id and keeps the first document', async () => {
      await store.insert('locks', { _id: 'teacher1:2026-12-01T08:00', by: 'a' })
      expect(await store.insert('locks', { _id: 'teacher1:2026-12-01T08:00', by: 'b' })).toBe('duplicate')
      expect((await store.get('locks', 'teacher1:2026-12-01T08:00'))?.by).toBe('a')
    })

    test('find filters by equality, in-list, range, array contains, not-equal and null', async () => {
      await seed(store, [
        student('a', { grade: 1, tags: ['x', 'y'] }),
        student('b', { grade: 2, classId: 'c2', active: false }),
        student('c', { grade: 3, tags: ['y'], note: '有' }),
        student('d', { grade: 4, schoolId: 's2' }),
      ])
      const ids = async (where: Parameters<DocStore['find']>[1]['where']) =>
        (await store.find('students', { where, limit: 100, orderBy: [['grade', 'asc']] })).map((d) => d._id)
      expect(await ids({ schoolId: 's1' })).toEqual(['a', 'b', 'c'])
      expect(await ids({ classId: { in: ['c2', 'zz'] } })).toEqual(['b'])
      expect(await ids({ grade: { gte: 2, lt: 4 } })).toEqual(['b', 'c'])
      expect(await ids({ tags: { has: 'y' } })).toEqual(['a', 'c'])
      expect(await ids({ classId: { ne: 'c1' } })).toEqual(['b'])
      expect(await ids({ active: false })).toEqual(['b'])
      expect(await ids({ note: null, schoolId: 's1' })).toEqual(['a', 'b'])
      expect(await ids({ classId: { in: [] } })).toEqual([])
      // Not in a list: a document without the field is not in it either (the staging gate relies on it).
      expect(await ids({ schoolId: 's1', note: { nin: ['有', 'x'] } })).toEqual(['a', 'b'])
      expect(await ids({ schoolId: 's1', importJob: { nin: ['j1'] } })).toEqual(['a', 'b', 'c'])
      expect(await ids({ schoolId: 's1', note: { nin: [] } })).toEqual(['a', 'b', 'c'])
    })

    test('find pages with skip and limit in a stable order', async () => {
      await seed(
        store,
        Array.from({ length: 25 }, (_, i) => student(`p${String(i).padStart(2, '0')}`, { grade: i % 3 })),
      )
      const page = (skip: number) =>
        store.find('students', { orderBy: [['grade', 'desc']], limit: 10, skip }).then((d) => d.map((x) => x._id))
      const all = [...(await page(0)), ...(await page(10)), ...(await page(20))]
      expect(all).toHaveLength(25)
      expect(new Set(all).size).toBe(25)
      expect(all.slice(0, 8).every((id) => Number(id.slice(1)) % 3 === 2)).toBe(true)
    })

    test('count and countBy answer totals and groups', async () => {
      await seed(store, [student('a'), student('b', { classId: 'c2' }), student('c', { classId: 'c2' }), student('d', { schoolId: 's2' })])
      expect(await store.count('students')).toBe(4)
      expect(await store.count('students', { schoolId: 's1' })).toBe(3)
      expect(await store.countBy('students', 'classId', { schoolId: 's1' })).toEqual({ c1: 1, c2: 2 })
      expect(await store.countBy('students', 'classId', { schoolId: 'none' })).toEqual({})
    })

    test('equality with null in find, count and countBy: the roster now (leftAt stored as null) without a leaver', async () => {
      const left = '2027-07-01T00:00:00.000Z'
      await seed(store, [student('a', { leftAt: null }), student('b', { leftAt: left }), student('c', { classId: 'c2', leftAt: null })])
      const now = { schoolId: 's1', leftAt: null }
      const found = await store.find('students', { where: { classId: 'c1', leftAt: null }, orderBy: [['studentNo', 'asc']], limit: 10 })
      expect(found.map((d) => d._id)).toEqual(['a'])
      expect(await store.count('students', { classId: 'c1', leftAt: null })).toBe(1)
      expect(await store.countBy('students', 'classId', now)).toEqual({ c1: 1, c2: 1 })
      expect(await store.countBy('students', 'schoolId', { schoolId: { in: ['s1', 's2'] }, leftAt: null })).toEqual({ s1: 2 })
      // Listed again: back in the roster now.
      await store.update('students', 'b', { leftAt: null })
      expect(await store.countBy('students', 'classId', now)).toEqual({ c1: 2, c2: 1 })
    })

    test('getMany returns the found documents and skips missing ids', async () => {
      await seed(store, [student('a'), student('b')])
      const got = await store.getMany('students', ['b', 'missing', 'a'])
      expect(got.map((d) => d._id).sort()).toEqual(['a', 'b'])
      expect(await store.getMany('students', [])).toEqual([])
    })

    test('a projection returns only the fields asked for, with _id and _v; null, booleans, numbers, arrays and objects kept; absent stays absent', async () => {
      await seed(store, [student('a', { place: { city: '杭州', rooms: [1, 2] }, left: true, moved: false, n: 2.5 }), student('b')])
      await store.update('students', 'a', { name: '改名' })
      const fields = ['name', 'note', 'tags', 'place', 'left', 'moved', 'n']
      const byId = (docs: Array<Record<string, unknown>>) => [...docs].sort((x, y) => String(x._id).localeCompare(String(y._id)))
      const a = {
        _id: 'a',
        _v: 2,
        name: '改名',
        note: null,
        tags: ['a'],
        place: { city: '杭州', rooms: [1, 2] },
        left: true,
        moved: false,
        n: 2.5,
      }
      const b = { _id: 'b', _v: 1, name: '学生b', note: null, tags: ['a'] }
      expect(byId(await store.getMany('students', ['a', 'b'], fields))).toEqual([a, b])
      expect(byId(await store.find('students', { where: { classId: 'c1' }, fields, limit: 10 }))).toEqual([a, b])
      expect(await store.find('students', { where: { _id: 'b' }, fields: [], limit: 1 })).toEqual([{ _id: 'b', _v: 1 }])
    })

    test('update sets fields and bumps the version; compare-and-set refuses a stale version', async () => {
      await store.insert('students', student('a'))
      expect(await store.update('students', 'a', { name: '新名字' })).toBe(true)
      expect(await store.get('students', 'a')).toMatchObject({ _v: 2, name: '新名字', classId: 'c1' })
      expect(await store.update('students', 'a', { name: '旧版本写入' }, 1)).toBe(false)
      expect(await store.update('students', 'a', { name: '正确版本' }, 2)).toBe(true)
      expect(await store.get('students', 'a')).toMatchObject({ _v: 3, name: '正确版本' })
      expect(await store.update('students', 'missing', { name: 'x' })).toBe(false)
    })

    test('concurrent compare-and-set on one version: exactly one wins', async () => {
      await store.insert('visits', { _id: 'v1', status: 'negotiating' })
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => store.update('visits', 'v1', { status: `s${i}` }, 1)))
      expect(outcomes.filter(Boolean)).toHaveLength(1)
      expect((await store.get('visits', 'v1'))?._v).toBe(2)
    })

    test('two teachers claim one family at once (batches inserting the same claim id): exactly one succeeds', async () => {
      const claim = (teacherId: string) => ({ _id: 'claim:fam-1:2026-year', teacherId, visitId: `vis-${teacherId}` })
      const attempt = (teacherId: string) =>
        store.batch([
          { kind: 'insert', coll: 'claims', doc: claim(teacherId) },
          { kind: 'insert', coll: 'visits', doc: { _id: `vis-${teacherId}`, teacherId } },
        ])
      const outcomes = await Promise.all([attempt('t1'), attempt('t2')])
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1)
      expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, index: 0, reason: 'duplicate' })
      const winner = (await store.get('claims', 'claim:fam-1:2026-year'))?.teacherId as string
      expect(await store.get('visits', `vis-${winner}`)).not.toBeNull()
      expect(await store.get('visits', `vis-${winner === 't1' ? 't2' : 't1'}`)).toBeNull()
    })

    test('remove deletes once', async () => {
      await store.insert('students', student('a'))
      expect(await store.remove('students', 'a')).toBe(true)
      expect(await store.remove('students', 'a')).toBe(false)
      expect(await store.get('students', 'a')).toBeNull()
    })

    test('batch is all or nothing', async () => {
      await store.insert('students', student('a'))
      const failed = await store.batch([
        { kind: 'insert', coll: 'students', doc: student('b') },
        { kind: 'update', coll: 'students', id: 'a', set: { name: '改' } },
        { kind: 'insert', coll: 'students', doc: student('a') },
      ])
      expect(failed).toEqual({ ok: false, index: 2, reason: 'duplicate' })
      expect(await store.get('students', 'b')).toBeNull()
      expect(await store.get('students', 'a')).toMatchObject({ _v: 1, name: '学生a' })

      const stale = await store.batch([
        { kind: 'insert', coll: 'students', doc: student('c') },
        { kind: 'update', coll: 'students', id: 'a', set: { name: '改' }, expectVersion: 9 },
      ])
      expect(stale).toEqual({ ok: false, index: 1, reason: 'conflict' })
      expect(await store.get('students', 'c')).toBeNull()

      const good = await store.batch([
        { kind: 'insert', coll: 'students', doc: student('c') },
        { kind: 'update', coll: 'students', id: 'a', set: { name: '改' }, expectVersion: 1 },
        { kind: 'remove', coll: 'students', id: 'c' },
      ])
      expect(good).toEqual({ ok: true })
      expect(await store.get('students', 'a')).toMatchObject({ _v: 2, name: '改' })
      expect(await store.get('students', 'c')).toBeNull()
    })

    test('round trips are counted per call', async () => {
      const before = store.roundTrips
      await store.get('students', 'a')
      await store.count('students')
      expect(store.roundTrips - before).toBe(2)
    })
  })
}

async function seed(store: DocStore, docs: Array<{ _id: string }>) {
  const result = await store.batch(docs.map((doc) => ({ kind: 'insert' as const, coll: 'students' as const, doc })))
  expect(result).toEqual({ ok: true })
}
