// The live half of `npm run deploy`: miniprogram-ci uploads, the collections through the HTTP API.
// miniprogram-ci (a devDependency) is required only here and lazily, so the dry run never loads it;
// its own typings describe every call below (type-only import, erased at build).
import { execSync } from 'node:child_process'
import { createPrivateKey } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as MiniprogramCi from 'miniprogram-ci'
import type { DeployPlan, FunctionPlan } from './deploy-plan'

type Env = Record<string, string | undefined>
type Log = (line: string) => void
/** The part of miniprogram-ci a deploy uses (tests pass the real `Project` with recording uploads). */
export type Ci = Pick<typeof MiniprogramCi, 'Project' | 'upload'> & {
  cloud: Pick<(typeof MiniprogramCi)['cloud'], 'uploadFunction' | 'createTimeTrigger'>
}
type Project = InstanceType<Ci['Project']>
export type DeployDeps = { ci: () => Ci; run: (script: string) => void }

/** What createTimeTrigger resolves with on success; on failure it resolves with a hint instead of throwing. */
const TRIGGER_CREATED = '创建定时触发器成功'

export function loadCi(root: string): Ci {
  try {
    return createRequire(join(root, 'package.json'))('miniprogram-ci') as Ci
  } catch {
    throw new Error('没有找到 miniprogram-ci（package.json 的 devDependencies 之一）：请在仓库根目录运行 npm ci 后再运行 npm run deploy。')
  }
}

const liveDeps = (root: string): DeployDeps => ({
  ci: () => loadCi(root),
  run: (script) => execSync(`npm run ${script}`, { cwd: root, stdio: 'inherit' }),
})

export async function runDeploy(plan: DeployPlan, root: string, env: Env, log: Log, deps = liveDeps(root)): Promise<void> {
  checkEnv(plan, env)
  const ci = deps.ci()
  for (const script of ['build:weapp', 'build:cloud']) deps.run(script)
  // After the build: the Project lists the project's files when it is constructed.
  const project = new ci.Project({
    appid: env.JF_APPID!,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: env.JF_UPLOAD_KEY!,
    ignores: ['node_modules/**/*', '.git/**/*', '.data/**/*', '.keys/**/*', 'dist/h5/**/*'],
  })
  const version = env.JF_VERSION ?? (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
  await ci.upload({ project, version, desc: env.JF_DESC ?? `家访助手 ${version}`, setting: { es6: true, minify: true } })
  log(`小程序代码已上传（版本 ${version}）：在公众平台 › 版本管理 中设为体验版或提交审核。`)
  for (const fn of plan.functions) await deployFunction(ci, project, fn, root, env.JF_CLOUD_ENV!, log)
  if (plan.createCollections) await createCollections(plan.collections, env, log)
}

/** Everything that can be checked offline, before a build or an upload starts (miniprogram-ci checks neither). */
function checkEnv(plan: DeployPlan, env: Env) {
  if (plan.missing.length) throw new Error(`缺少环境变量：${plan.missing.join(', ')}（见 README 部署指南）`)
  if (!/^wx[0-9a-f]{16}$/.test(env.JF_APPID!)) throw new Error('JF_APPID 应是 wx 开头、共 18 位的小程序 AppID（开发管理 › 开发设置）')
  const key = env.JF_UPLOAD_KEY!
  if (!existsSync(key)) throw new Error('JF_UPLOAD_KEY 指向的代码上传密钥文件不存在（见 README 部署指南第 4 步）')
  try {
    createPrivateKey(readFileSync(key))
  } catch {
    throw new Error('JF_UPLOAD_KEY 指向的文件不是代码上传密钥（应是下载的 private.wx….key）')
  }
}

async function deployFunction(ci: Ci, project: Project, fn: FunctionPlan, root: string, env: string, log: Log) {
  await ci.cloud.uploadFunction({ project, env, name: fn.name, path: join(root, fn.dir), remoteNpmInstall: true })
  if (!fn.triggers.length) return log(`云函数 ${fn.name} 已部署`)
  const result = await ci.cloud.createTimeTrigger({ project, envId: env, functionName: fn.name, triggersConfig: fn.triggers })
  if (result === TRIGGER_CREATED) return log(`云函数 ${fn.name} 已部署（含定时触发器）`)
  const wanted = fn.triggers.map((t) => `${t.name} "${t.config}"`).join('，')
  log(
    `云函数 ${fn.name} 已部署，但定时触发器未创建（${result}）：重复部署时已存在则无妨，否则在控制台 › 云函数 › ${fn.name} › 触发器 添加 ${wanted}`,
  )
}

/** 云开发 HTTP API databaseCollectionAdd; an existing collection is reported, not an error. */
async function createCollections(names: string[], env: Env, log: Log) {
  const tokenUrl = `https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=${env.JF_APPID}&secret=${env.JF_APPSECRET}`
  const token = (await (await fetch(tokenUrl)).json()) as { access_token?: string; errmsg?: string }
  if (!token.access_token) throw new Error(`取 access_token 失败（把本机 IP 加入公众平台的 IP 白名单）：${token.errmsg}`)
  for (const name of names) {
    const res = await fetch(`https://api.weixin.qq.com/tcb/databasecollectionadd?access_token=${token.access_token}`, {
      method: 'POST',
      body: JSON.stringify({ env: env.JF_CLOUD_ENV, collection_name: name }),
    })
    const body = (await res.json()) as { errcode: number; errmsg: string }
    log(`集合 ${name}：${body.errcode === 0 ? '已创建' : `未创建（${body.errmsg}；已存在则无妨）`}`)
  }
}
