// The live half of `npm run deploy`: miniprogram-ci uploads, the collections through the HTTP API.
// miniprogram-ci is loaded only here, lazily, so the dry run and the tests never need it.
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { DeployPlan } from './deploy-plan'

type Env = Record<string, string | undefined>
type Log = (line: string) => void
type Ci = {
  Project: new (opts: object) => unknown
  upload: (opts: object) => Promise<unknown>
  cloud: { uploadFunction: (opts: object) => Promise<unknown>; createTimeTrigger: (opts: object) => Promise<unknown> }
}

export function loadCi(root: string): Ci {
  try {
    return createRequire(join(root, 'package.json'))('miniprogram-ci') as Ci
  } catch {
    throw new Error(
      '没有找到 miniprogram-ci：请先在 package.json 的 devDependencies 中加入 "miniprogram-ci" 并 npm install，再运行 npm run deploy。',
    )
  }
}

export async function runDeploy(plan: DeployPlan, root: string, env: Env, log: Log): Promise<void> {
  if (plan.missing.length) throw new Error(`缺少环境变量：${plan.missing.join(', ')}（见 README 部署指南）`)
  const ci = loadCi(root)
  for (const script of ['build:weapp', 'build:cloud']) execSync(`npm run ${script}`, { cwd: root, stdio: 'inherit' })
  const project = new ci.Project({
    appid: env.JF_APPID,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: env.JF_UPLOAD_KEY,
    ignores: ['node_modules/**/*', '.git/**/*', '.data/**/*', '.keys/**/*'],
  })
  const version = env.JF_VERSION ?? (JSON.parse(execSync('npm pkg get version', { cwd: root }).toString()) as string)
  await ci.upload({ project, version, desc: env.JF_DESC ?? `家访助手 ${version}`, setting: { es6: true, minify: true } })
  log(`小程序代码已上传（版本 ${version}）：在公众平台 › 版本管理 中设为体验版或提交审核。`)
  for (const fn of plan.functions) {
    await ci.cloud.uploadFunction({ project, env: env.JF_CLOUD_ENV, name: fn.name, path: join(root, fn.dir), remoteNpmInstall: true })
    if (fn.triggers.length) {
      await ci.cloud.createTimeTrigger({ project, envId: env.JF_CLOUD_ENV, functionName: fn.name, triggersConfig: fn.triggers })
    }
    log(`云函数 ${fn.name} 已部署${fn.triggers.length ? '（含定时触发器）' : ''}`)
  }
  if (plan.createCollections) await createCollections(plan.collections, env, log)
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
