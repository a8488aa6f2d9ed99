// `npm run deploy -- --dry-run`: the whole plan, from the repository itself, with no credentials.
import { readdirSync } from 'node:fs'
import { COLLECTION_NAMES, SEALED_FIELDS } from '../../../src/core/collections'
import { DEPLOY_ENV, deployPlan, describePlan } from '../../../src/server/deploy/deploy-plan'

const root = process.cwd()
const plan = deployPlan(root, {})
const text = describePlan(plan, {}).join('\n')

test('every cloud function folder is uploaded, the scheduler with its timer trigger', () => {
  const folders = readdirSync('cloudfunctions').sort()
  expect(plan.functions.map((f) => f.name)).toEqual(folders)
  for (const name of folders) expect(text).toContain(`   - ${name}（`)
  expect(plan.functions.find((f) => f.name === 'scheduler')!.triggers).toEqual([
    { name: 'tick', type: 'timer', config: '0 */10 * * * * *' },
  ])
  expect(text).toContain('定时触发器 tick "0 */10 * * * * *"')
})

test('every collection is created, gets the no-client rule and its index line; sealed ones are named sensitive', () => {
  expect(plan.collections).toEqual(COLLECTION_NAMES)
  for (const name of COLLECTION_NAMES) expect(text).toMatch(new RegExp(`^   ${name} +\\S`, 'm'))
  expect(text).toContain('{"read":false,"write":false}')
  for (const sealed of Object.keys(SEALED_FIELDS)) expect(plan.sensitive).toContain(sealed)
})

test('without credentials the plan names what is missing and prints no secret', () => {
  expect(plan.missing).toEqual(Object.keys(DEPLOY_ENV))
  const withEnv = { JF_APPID: 'wx0123456789abcdef', JF_UPLOAD_KEY: '/secret/path.key', JF_CLOUD_ENV: 'env-x9', JF_APPSECRET: 's3cr3t' }
  const full = describePlan(deployPlan(root, withEnv), withEnv).join('\n')
  expect(deployPlan(root, withEnv).missing).toEqual([])
  for (const value of Object.values(withEnv)) expect(full).not.toContain(value)
})

test('a real deploy without credentials stops before building anything', async () => {
  const { runDeploy } = await import('../../../src/server/deploy/deploy-run')
  const log: string[] = []
  await expect(runDeploy(plan, root, {}, (l) => log.push(l))).rejects.toThrow('缺少环境变量：JF_APPID, JF_UPLOAD_KEY, JF_CLOUD_ENV')
  expect(log).toEqual([])
})
