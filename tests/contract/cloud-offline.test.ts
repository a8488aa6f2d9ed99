// The cloud adapter through the real wx-server-sdk 4.0.2, its database requests answered in-process.
// This tests our adapter and the SDK's serialization, not the cloud server: see cloud-live.test.ts.
import { CloudStore, isDuplicateError, type CloudDb } from '../../src/adapters/cloud/cloud-store'
import { FakeCloudDatabase, SDK_PINS, installFakeTransport, installedVersions } from './cloud-fake-transport'
import { describeDocStoreContract } from './doc-store.suite'
import { describeCloudStagedImport } from './cloud-staged-import'

const fake = new FakeCloudDatabase()
let uninstall: () => void
let db: CloudDb

beforeAll(() => {
  uninstall = installFakeTransport(fake)
  const cloud = require('wx-server-sdk')
  cloud.init({ env: 'offline-test-env' })
  db = cloud.database({ throwOnNotFound: false })
})
afterAll(() => uninstall())

test('the installed SDK is the one the offline transport was written against', () => {
  // The hook is internal to @cloudbase/node-sdk: an upgrade must re-check it, loudly.
  expect(installedVersions()).toEqual(SDK_PINS)
})

describeDocStoreContract('cloud DB via wx-server-sdk (offline transport)', async () => {
  fake.reset()
  return { store: new CloudStore(db), cleanup: async () => fake.reset() }
})

describeCloudStagedImport(
  () => db,
  () => fake.reset(),
)

describe('cloud adapter on the wire', () => {
  beforeEach(() => fake.reset())
  const sent = (action: string) => fake.log.filter((r) => r.action === action).map((r) => r.params)

  test('find always sends an explicit limit, the order and a stable _id tie-break', async () => {
    const store = new CloudStore(db)
    await store.find('students', { where: { grade: { gte: 2, lt: 4 } }, orderBy: [['grade', 'desc']], limit: 10, skip: 20 })
    const [q] = sent('database.getDocument')
    expect(q).toMatchObject({ collectionName: 'students', limit: 10, offset: 20 })
    expect(Object.keys(JSON.parse(q!.order))).toEqual(['grade', '_id'])
    expect(JSON.parse(q!.query)).toEqual({ $and: [{ grade: { $gte: { $numberInt: '2' } } }, { grade: { $lt: { $numberInt: '4' } } }] })
  })

  test('countBy asks for up to 1000 groups and reads the { list } answer', async () => {
    const store = new CloudStore(db)
    await store.insert('students', { _id: 'a', classId: 'c1' })
    expect(await store.countBy('students', 'classId')).toEqual({ c1: 1 })
    const [agg] = sent('database.aggregateDocuments')
    expect(agg!.stages.map((s: { stageKey: string }) => s.stageKey)).toEqual(['$group', '$limit'])
    expect(agg!.stages[1].stageValue).toBe('1000')
  })

  test('a duplicate surfaces from the SDK as errCode -501001 with only the message to go by', async () => {
    const coll = (db as unknown as { collection(n: string): { add(o: unknown): Promise<unknown> } }).collection('locks')
    await coll.add({ data: { _id: 'k' } })
    const error = await coll.add({ data: { _id: 'k' } }).catch((e: unknown) => e)
    expect(error).toMatchObject({ errCode: -501001 })
    expect(isDuplicateError(error)).toBe(true)
    expect(isDuplicateError(new Error('collection.add:fail -501001 timeout'))).toBe(false)
  })

  test('update replaces a nested object rather than merging it (the SDK would flatten it to dotted paths)', async () => {
    const store = new CloudStore(db)
    await store.insert('visits', { _id: 'v', place: { kind: 'home', note: '门口' } })
    await store.update('visits', 'v', { place: { kind: 'video' } })
    expect((await store.get('visits', 'v'))?.place).toEqual({ kind: 'video' })
  })

  test('a failed batch is rolled back through the SDK transaction, never committed', async () => {
    const store = new CloudStore(db)
    await store.insert('locks', { _id: 'taken' })
    fake.log.length = 0
    const result = await store.batch([
      { kind: 'insert', coll: 'locks', doc: { _id: 'new' } },
      { kind: 'insert', coll: 'locks', doc: { _id: 'taken' } },
    ])
    expect(result).toEqual({ ok: false, index: 1, reason: 'duplicate' })
    expect(fake.log.map((r) => r.action)).toEqual([
      'database.startTransaction',
      'database.insertDocument',
      'database.insertDocument',
      'database.abortTransaction',
    ])
  })

  test('a transaction whose document changed underneath it is retried by the SDK and then succeeds', async () => {
    const store = new CloudStore(db)
    await store.insert('visits', { _id: 'v', status: 'a' })
    let interfered = false
    const original = fake.handle.bind(fake)
    const spy = jest.spyOn(fake, 'handle').mockImplementation((params) => {
      // Another writer bumps the version between this transaction's read and its commit, once.
      if (params.action === 'database.commitTransaction' && !interfered) {
        interfered = true
        original({
          action: 'database.modifyDocument',
          collectionName: 'visits',
          query: '{"_id":"v"}',
          queryType: 'DOC',
          multi: false,
          data: '{"$set":{"status":"other"}}',
        })
      }
      return original(params)
    })
    try {
      expect(await store.batch([{ kind: 'update', coll: 'visits', id: 'v', set: { status: 'b' } }])).toEqual({ ok: true })
    } finally {
      spy.mockRestore()
    }
    expect(fake.log.filter((r) => r.action === 'database.startTransaction')).toHaveLength(2)
    expect(await store.get('visits', 'v')).toMatchObject({ status: 'b', _v: 2 })
  })

  test('a field name can never become an operator', async () => {
    const store = new CloudStore(db)
    await expect(store.find('students', { where: { $where: 1 }, limit: 1 })).rejects.toThrow('bad field name')
  })
})
