// The authority on the cloud adapter: the same contract suite against a real CloudBase test environment.
// Runs only with JF_CLOUD_ENV (a dedicated test environment: its suite collections are wiped),
// TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY set; otherwise it says so and skips.
import { CloudStore, type CloudDb } from '../../src/adapters/cloud/cloud-store'
import { describeDocStoreContract } from './doc-store.suite'

const VARS = ['JF_CLOUD_ENV', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const
const missing = VARS.filter((v) => !process.env[v])
const env = process.env.JF_CLOUD_ENV ?? ''
// The suite wipes what it writes: refuse an environment that does not say it is for tests.
const isTestEnv = /test/i.test(env)
const WIPED = ['students', 'locks', 'visits'] as const

if (missing.length || !isTestEnv) {
  const why = missing.length
    ? `set ${missing.join(', ')}`
    : `JF_CLOUD_ENV "${env}" does not look like a test environment (name must contain "test")`
  console.log(`[cloud-live] SKIPPED: the DocStore contract against a real cloud database did not run — ${why}.`)
  describe.skip('DocStore contract: real cloud database (skipped: no credentials)', () => {
    test('needs JF_CLOUD_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY', () => undefined)
  })
} else {
  let db: CloudDb
  const wipe = async () => {
    const _ = db.command as unknown as { exists(b: boolean): unknown }
    for (const coll of WIPED)
      await db
        .collection(coll)
        .where({ _id: _.exists(true) })
        .remove()
  }
  beforeAll(() => {
    const cloud = require('wx-server-sdk')
    cloud.init({ env, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
    db = cloud.database({ throwOnNotFound: false })
  })
  jest.setTimeout(60_000)
  describeDocStoreContract(`real cloud database (${env})`, async () => {
    await wipe()
    return { store: new CloudStore(db), cleanup: wipe }
  })
}
