// One handler, two entries: WeChat's (event + getWXContext) and the direct dispatch, same answers.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createCloudMain, type WXContext } from '../../src/adapters/cloud/cloud-main'
import { CloudStore, type CloudDb } from '../../src/adapters/cloud/cloud-store'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { dispatch } from '../../src/api/dispatch'
import { ROUTES } from '../../src/api/routes'
import type { DocStore } from '../../src/core/ports/doc-store'
import type { FileStorage } from '../../src/core/ports/file-storage'
import { FakeCloudDatabase, installFakeTransport } from '../contract/cloud-fake-transport'
import { demo } from '../support/demo'
import { ok, SEED_NOW, startTestServer, type TestServer } from '../support/test-server'

const NOW = new Date('2026-12-01T02:00:00Z')
const files: FileStorage = { put: jest.fn(), get: jest.fn(), url: jest.fn(), adopt: jest.fn(), remove: jest.fn(), purgeExpired: jest.fn() }

async function seedDistrict(store: DocStore) {
  await store.insert('districts', { _id: 'd1', name: '青山区教育局' })
  await store.insert('schools', { _id: 's1', districtId: 'd1', name: '青山小学', stage: 'primary' })
  await store.insert('users', {
    _id: 'u1',
    openid: 'o-real',
    name: '区督导',
    staffId: null,
    guardianIds: [],
    districtId: 'd1',
    createdAt: NOW.toISOString(),
  })
  await store.insert('users', {
    _id: 'u2',
    openid: 'o-other',
    name: '另一位',
    staffId: null,
    guardianIds: [],
    districtId: null,
    createdAt: NOW.toISOString(),
  })
}

describe('cloud entry over the local engine', () => {
  let store: SqliteStore
  let wx: WXContext
  const main = (fn: string) => createCloudMain(fn, { routes: ROUTES, getWXContext: () => wx, store: () => store, files, now: () => NOW })

  beforeEach(async () => {
    store = new SqliteStore(':memory:')
    await seedDistrict(store)
    wx = { OPENID: 'o-real', APPID: 'wx-app', SOURCE: 'wx_client' }
  })
  afterEach(() => store.close())

  test.each([
    ['auth', 'me'],
    ['roster', 'districtOverview'],
  ])('%s.%s answers the same through WeChat and through dispatch', async (fn, action) => {
    const viaWeChat = await main(fn)({ action, input: {}, userInfo: { appId: 'wx-app', openId: 'o-real' } }, {})
    const direct = await dispatch(fn, { action, input: {} }, { kind: 'user', userId: 'u1' }, { store, files }, { routes: ROUTES, now: NOW })
    expect(viaWeChat.ok).toBe(true)
    expect(viaWeChat).toEqual(direct)
  })

  test('the district overview names the district and its schools', async () => {
    const result = await main('roster')({ action: 'districtOverview' }, {})
    expect(result).toEqual({
      ok: true,
      data: { districtName: '青山区教育局', schools: [{ schoolId: 's1', name: '青山小学', classCount: 0, studentCount: 0 }] },
    })
  })

  test('an openid, userId or session forged in the event is ignored', async () => {
    const forged = {
      action: 'me',
      input: {},
      openid: 'o-other',
      OPENID: 'o-other',
      userId: 'u2',
      session: 'x',
      userInfo: { openId: 'o-other' },
    }
    const result = await main('auth')(forged, {})
    expect(result).toMatchObject({ ok: true, data: { userId: 'u1', name: '区督导' } })
  })

  test('no OPENID (e.g. a timer trigger) is unauthenticated, even with an openid in the event', async () => {
    wx = { SOURCE: 'wx_trigger' }
    expect(await main('auth')({ action: 'me', openid: 'o-real' }, {})).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  test('an openid with no account is unbound', async () => {
    wx = { OPENID: 'o-stranger' }
    expect(await main('auth')({ action: 'me' }, {})).toMatchObject({ ok: false, error: { code: 'AUTH.UNBOUND' } })
  })

  test('log lines carry no openid or name', async () => {
    const lines: string[] = []
    await createCloudMain('auth', { routes: ROUTES, getWXContext: () => wx, store, files, log: (l) => lines.push(l) })({ action: 'me' }, {})
    expect(lines.join('\n')).toMatch(/\[auth\] me ok/)
    expect(lines.join('\n')).not.toMatch(/o-real|区督导/)
  })
})

describe('the built cloud function bundle, on the real wx-server-sdk with the offline database', () => {
  const fake = new FakeCloudDatabase()
  const KEY = 'ab'.repeat(32)
  const saved = { ...process.env }
  let uninstall: () => void
  let roster: { main: (event: unknown, context: unknown) => Promise<unknown> }

  beforeAll(async () => {
    uninstall = installFakeTransport(fake)
    // Under node_modules so the bundle's require('wx-server-sdk') finds the installed SDK.
    const outDir = join(__dirname, '../../node_modules/.cache/jf-cloud-entry-test')
    mkdirSync(outDir, { recursive: true })
    const outfile = join(outDir, 'roster.js')
    await build({
      entryPoints: [join(__dirname, '../../cloudfunctions/roster/index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      logLevel: 'silent',
    })
    // What the cloud runtime sets: getWXContext() reads these.
    Object.assign(process.env, { JF_DATA_KEY: KEY, WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: 'o-real', WX_APPID: 'wx-app' })
    roster = require(outfile)
    const cloud = require('wx-server-sdk')
    cloud.init({ env: 'offline-test-env' })
    const db = cloud.database({ throwOnNotFound: false }) as CloudDb
    await seedDistrict(new SealedStore(new CloudStore(db), createFieldCipher(KEY)))
  }, 30_000)
  afterAll(() => {
    uninstall()
    process.env = saved
  })

  test('exports.main answers roster.districtOverview for the caller WeChat names', async () => {
    const result = await roster.main({ action: 'districtOverview', userId: 'u2' }, {})
    expect(result).toEqual({
      ok: true,
      data: { districtName: '青山区教育局', schools: [{ schoolId: 's1', name: '青山小学', classCount: 0, studentCount: 0 }] },
    })
    expect(fake.log.some((r) => r.action === 'database.aggregateDocuments')).toBe(true)
  })
})

describe('the same handler through the WeChat entry and through the local server', () => {
  let srv: TestServer
  beforeAll(async () => {
    srv = await startTestServer({ clock: () => SEED_NOW })
    await srv.store.update('users', demo.headTeacher('cls-qs-3-2'), { openid: 'o-head' })
  })
  afterAll(() => srv.close())

  test.each([
    ['auth', 'me', {}],
    ['roster', 'myClasses', {}],
    ['roster', 'classStudents', { classId: 'cls-qs-3-2', pageSize: 5 }],
    ['roster', 'classStudents', { classId: 'cls-qs-1-1' }],
    ['roster', 'classStudents', { classId: 42 }],
  ])('%s.%s %j', async (fn, action, input) => {
    const wechat = createCloudMain(fn, {
      routes: ROUTES,
      getWXContext: () => ({ OPENID: 'o-head', SOURCE: 'wx_client' }),
      store: srv.store,
      files: srv.files,
      now: () => SEED_NOW,
    })
    const viaWeChat = await wechat({ action, input }, {})
    const viaServer = await srv.callRaw(demo.headTeacher('cls-qs-3-2'), fn, action, input)
    expect(viaWeChat).toEqual(viaServer)
  })

  test('a first-time WeChat user gets an account on their first binding step', async () => {
    const head = demo.headTeacher('cls-qs-3-2')
    const { code } = ok(await srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-3-2' }))
    const wechat = createCloudMain('accounts', {
      routes: ROUTES,
      getWXContext: () => ({ OPENID: 'o-grandma', SOURCE: 'wx_client' }),
      store: srv.store,
      files: srv.files,
      now: () => SEED_NOW,
    })
    const res = await wechat({ action: 'lookupClassInvite', input: { code } }, {})
    expect(res).toMatchObject({ ok: true, data: { className: '三年级2班' } })
    expect(await srv.store.count('users', { openid: 'o-grandma' })).toBe(1)
    await wechat({ action: 'lookupClassInvite', input: { code } }, {})
    expect(await srv.store.count('users', { openid: 'o-grandma' })).toBe(1) // idempotent
  })
})
