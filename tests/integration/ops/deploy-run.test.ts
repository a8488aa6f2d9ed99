// `npm run deploy` against the real miniprogram-ci 2.1.42 with no network: its real `Project` class takes
// the options we pass; only the three network calls (upload, uploadFunction, createTimeTrigger) record.
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deployPlan } from '../../../src/server/deploy/deploy-plan'
import { type Ci, type DeployDeps, loadCi, runDeploy } from '../../../src/server/deploy/deploy-run'

jest.setTimeout(30_000)
const real = loadCi(process.cwd())
const root = mkdtempSync(join(tmpdir(), 'jf-deploy-'))
const keyPath = join(root, 'private.wx0123456789abcdef.key')
const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string
const env = { JF_APPID: 'wx0123456789abcdef', JF_UPLOAD_KEY: keyPath, JF_CLOUD_ENV: 'school-env-1a2b' }
// The functions and their triggers come from this repository; the project folder is a stand-in.
const plan = deployPlan(process.cwd(), env)

beforeAll(() => {
  writeFileSync(keyPath, pem)
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '3.4.5' }))
  writeFileSync(join(root, 'project.config.json'), readFileSync('project.config.json'))
})

type Call = { name: string; opts?: Record<string, unknown> }
function recording(triggerResult = '创建定时触发器成功') {
  const calls: Call[] = []
  const record = (name: string, result: unknown) => async (opts: object) => {
    calls.push({ name, opts: opts as Record<string, unknown> })
    return result as never
  }
  const ci: Ci = {
    Project: real.Project,
    upload: record('upload', {}),
    cloud: { uploadFunction: record('uploadFunction', {}), createTimeTrigger: record('createTimeTrigger', triggerResult) },
  }
  const deps: DeployDeps = {
    ci: () => (calls.push({ name: 'load' }), ci),
    run: (script) => {
      calls.push({ name: script })
      if (script === 'build:weapp') mkdirSync(join(root, 'dist/weapp'), { recursive: true })
      if (script === 'build:weapp') writeFileSync(join(root, 'dist/weapp/app.json'), '{"pages":["pages/index/index"]}')
    },
  }
  return { calls, deps }
}

test('the installed module has what a deploy calls, and its Project checks its options', () => {
  expect(typeof real.Project).toBe('function')
  expect(typeof real.upload).toBe('function')
  expect(typeof real.cloud.uploadFunction).toBe('function')
  expect(typeof real.cloud.createTimeTrigger).toBe('function')
  const opts = { appid: env.JF_APPID, type: 'miniProgram' as const, projectPath: root }
  expect(() => new real.Project({ ...opts, projectPath: '' })).toThrow('projectPath')
  expect(() => new real.Project(opts)).toThrow('privateKeyPath')
  expect(() => new real.Project({ ...opts, privateKeyPath: join(root, 'absent.key') })).toThrow('absent.key')
})

test('a deploy builds, uploads the code, then every function with its folder, and the scheduler trigger', async () => {
  const { calls, deps } = recording()
  const log: string[] = []
  await runDeploy(plan, root, env, (l) => log.push(l), deps)
  const fnCalls = plan.functions.flatMap((f) => [`uploadFunction ${f.name}`, ...(f.triggers.length ? [`createTimeTrigger ${f.name}`] : [])])
  expect(calls.map((c) => [c.name, c.opts?.name ?? c.opts?.functionName].filter(Boolean).join(' '))).toEqual([
    'load',
    'build:weapp',
    'build:cloud',
    'upload',
    ...fnCalls,
  ])
  expect(plan.functions.length).toBeGreaterThanOrEqual(11)
  const upload = calls.find((c) => c.name === 'upload')!.opts!
  expect(upload).toMatchObject({ version: '3.4.5', desc: '家访助手 3.4.5', setting: { es6: true, minify: true } })
  const project = upload.project as InstanceType<Ci['Project']>
  expect(project).toBeInstanceOf(real.Project)
  expect([project.appid, project.type, project.projectPath, project.privateKey]).toEqual([env.JF_APPID, 'miniProgram', root, pem])
  expect(project.miniprogramRoot).toBe('dist/weapp/')
  // Built before the Project is made: it lists the project's files when constructed.
  expect(project.getFileList('dist/weapp/')).toEqual(['dist/weapp/app.json'])
  for (const f of plan.functions) {
    const call = calls.find((c) => c.name === 'uploadFunction' && c.opts!.name === f.name)!.opts
    expect(call).toEqual({
      project,
      env: env.JF_CLOUD_ENV,
      name: f.name,
      path: join(root, 'dist/cloudfunctions', f.name),
      remoteNpmInstall: true,
    })
  }
  expect(calls.find((c) => c.name === 'createTimeTrigger')!.opts).toEqual({
    project,
    envId: env.JF_CLOUD_ENV,
    functionName: 'scheduler',
    triggersConfig: [{ name: 'tick', type: 'timer', config: '0 */10 * * * * *' }],
  })
  expect(log).toContain('云函数 scheduler 已部署（含定时触发器）')
  expect(log.join('\n')).not.toContain(pem.slice(40, 80))
})

test('a trigger the cloud refuses (it answers with a hint, not an error) is reported with the console step', async () => {
  const { calls, deps } = recording('请检查传入的 triggersConfig 是否符合格式')
  const log: string[] = []
  await runDeploy(plan, root, env, (l) => log.push(l), deps)
  expect(log.find((l) => l.startsWith('云函数 scheduler'))).toContain('定时触发器未创建（请检查传入的 triggersConfig 是否符合格式）')
  expect(log.find((l) => l.startsWith('云函数 scheduler'))).toContain('tick "0 */10 * * * * *"')
  expect(calls.filter((c) => c.name === 'uploadFunction')).toHaveLength(plan.functions.length)
})

test('a missing variable, a wrong AppID or key file stops before miniprogram-ci is loaded, anything is built or uploaded', async () => {
  const cases: Array<[Partial<typeof env>, string]> = [
    ...Object.keys(env).map((name): [Partial<typeof env>, string] => [{ [name]: undefined }, `缺少环境变量：${name}`]),
    [{ JF_APPID: 'wx0123' }, 'JF_APPID 应是 wx 开头'],
    [{ JF_UPLOAD_KEY: join(root, 'absent.key') }, '密钥文件不存在'],
    [{ JF_UPLOAD_KEY: join(root, 'package.json') }, '不是代码上传密钥'],
  ]
  for (const [change, message] of cases) {
    const partial = { ...env, ...change }
    const { calls, deps } = recording()
    await expect(runDeploy(deployPlan(process.cwd(), partial), root, partial, () => {}, deps)).rejects.toThrow(message)
    expect(calls).toEqual([])
  }
})

test('without miniprogram-ci installed, the message says how to install it', async () => {
  // Resolved from a folder with no node_modules, as on a machine where npm ci was not run.
  const run = jest.fn()
  await expect(runDeploy(plan, root, env, () => {}, { ci: () => loadCi('/'), run })).rejects.toThrow('请在仓库根目录运行 npm ci')
  expect(run).not.toHaveBeenCalled()
})
