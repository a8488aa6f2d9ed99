// Students who left, with the clock moved past the year the retention table gives them: the child's
// record, bindings and correction requests go; the family's sealed data, guardians and phones go with
// its last child at school, and its visits stay with the parents' names taken out; a sibling still at
// school keeps all of it; the family record (no names) stays.
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { ERASED_PARENT } from '../../src/api/retention-leavers'
import { runScheduler } from '../../src/api/scheduler'

const T0 = new Date('2027-07-01T02:00:00Z')
const DAY = 24 * 3600e3
const at = (ms: number) => new Date(T0.getTime() + ms)

const student = (_id: string, familyId: string, leftAt: string | null) => ({
  _id,
  schoolId: 's1',
  classId: 'c1',
  familyId,
  studentNo: _id,
  name: `学生${_id}`,
  gender: 'F',
  birthMonth: '2018-03',
  mentorIds: [],
  difficultySubjects: [],
  leftAt,
})

async function family(store: SqliteStore, familyId: string, guardianId: string) {
  await store.insert('families', { _id: familyId, schoolId: 's1', active: true, special: true })
  await store.insert('family_sensitive', {
    _id: familyId,
    schoolId: 's1',
    categories: ['left_behind'],
    address: '某路1号',
    withdrawnBy: [],
  })
  await store.insert('guardians', {
    _id: guardianId,
    schoolId: 's1',
    familyId,
    name: '家长',
    relation: 'mother',
    offline: false,
    userId: 'u1',
  })
  await store.insert('contacts', { _id: `ct-${guardianId}`, schoolId: 's1', ownerType: 'guardian', phone: '16600000001' })
  const entry = (side: string, actorName: string) => ({ side, actorName, text: '周六上午可以' })
  await store.insert('visits', {
    _id: `v-${familyId}`,
    familyId,
    updatedAt: T0.toISOString(),
    agreed: { parentName: '王美丽', viaPhone: false },
    thread: [entry('teacher', '李老师'), entry('parent', '王美丽')],
  })
}

async function setUp() {
  const store = new SqliteStore(':memory:')
  await family(store, 'fam-gone', 'g-gone')
  await family(store, 'fam-sib', 'g-sib')
  await store.insert('students', student('stu-gone', 'fam-gone', T0.toISOString()))
  await store.insert('students', student('stu-left', 'fam-sib', T0.toISOString()))
  await store.insert('students', student('stu-stays', 'fam-sib', null))
  // A document from before leavers were recorded: no field at all.
  const { leftAt: _none, ...old } = student('stu-old', 'fam-sib', null)
  await store.insert('students', old)
  for (const s of ['stu-gone', 'stu-left', 'stu-stays']) {
    await store.insert('bindings', {
      _id: `b-${s}`,
      studentId: s,
      userId: 'u1',
      status: 'approved',
      classId: 'c1',
      createdAt: T0.toISOString(),
    })
    await store.insert('corrections', { _id: `cor-${s}`, studentId: s, state: 'open', createdAt: T0.toISOString(), text: 'x' })
  }
  const run = (now: Date) => runScheduler({ store, notifier: createLocalNotifier() }, now, { pause: async () => undefined })
  return { store, run }
}

test('nothing of a leaver goes before the year is out', async () => {
  const { store, run } = await setUp()
  expect((await run(at(364 * DAY))).leaversErased).toBe(0)
  expect(await store.get('students', 'stu-gone')).not.toBeNull()
  expect(await store.get('family_sensitive', 'fam-gone')).not.toBeNull()
  store.close()
})

test('a year on, a leaver is erased; the family goes with its last child at school', async () => {
  const { store, run } = await setUp()
  expect((await run(at(366 * DAY))).leaversErased).toBe(2)
  for (const [coll, id] of [
    ['students', 'stu-gone'],
    ['students', 'stu-left'],
    ['bindings', 'b-stu-gone'],
    ['bindings', 'b-stu-left'],
    ['corrections', 'cor-stu-left'],
    ['family_sensitive', 'fam-gone'],
    ['guardians', 'g-gone'],
    ['contacts', 'ct-g-gone'],
  ] as const) {
    expect([coll, id, await store.get(coll, id)]).toEqual([coll, id, null])
  }
  // The sibling still at school keeps the family's data and their own.
  for (const [coll, id] of [
    ['students', 'stu-stays'],
    ['students', 'stu-old'],
    ['bindings', 'b-stu-stays'],
    ['family_sensitive', 'fam-sib'],
    ['guardians', 'g-sib'],
    ['contacts', 'ct-g-sib'],
  ] as const) {
    expect([coll, id, await store.get(coll, id)]).toEqual([coll, id, expect.anything()])
  }
  expect(await store.get('families', 'fam-gone')).toMatchObject({ active: false, special: false })
  expect(await store.get('families', 'fam-sib')).toMatchObject({ active: true, special: true })
  // The visits stay as the archive: the erased family's parents are no longer named.
  expect(await store.get('visits', 'v-fam-gone')).toMatchObject({
    agreed: { parentName: ERASED_PARENT, viaPhone: false },
    thread: [{ actorName: '李老师' }, { actorName: ERASED_PARENT, text: '周六上午可以' }],
  })
  expect(await store.get('visits', 'v-fam-sib')).toMatchObject({ agreed: { parentName: '王美丽' } })
  expect((await run(at(367 * DAY))).leaversErased).toBe(0)
  store.close()
})
