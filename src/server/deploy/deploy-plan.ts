// `npm run deploy` as data: what will be built, uploaded and created, and what the IT person sets by hand
// in the console (indexes and permission rules have no API a function or miniprogram-ci can call).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTION_NAMES, COLLECTIONS, SEALED_FIELDS, type CollectionName } from '../../core/collections'
import { indexLines } from './index-list'

type Env = Record<string, string | undefined>

/** What `npm run deploy` needs; the key path is the upload key from 开发管理 › 开发设置 › 小程序代码上传. */
export const DEPLOY_ENV = {
  JF_APPID: '小程序 AppID（wx 开头）',
  JF_UPLOAD_KEY: '代码上传密钥文件路径（private.wx….key）',
  JF_CLOUD_ENV: '云开发环境 ID',
} as const
/** Optional: with it the collections are created through the HTTP API (needs the machine's IP whitelisted). */
export const OPTIONAL_ENV = { JF_APPSECRET: 'AppSecret：有它才由脚本创建集合，否则在控制台手工创建' } as const

/**
 * Personal data the client must never read even with a rule mistake: sealed fields, the roster, the
 * audit trail. Every collection gets the same rule (functions bypass rules, clients read nothing);
 * these are listed so the IT person double-checks them.
 */
const PERSONAL: readonly CollectionName[] = [
  'students',
  'guardians',
  'families',
  'visits',
  'visit_records',
  'record_versions',
  'record_drafts',
  'audit_log',
  'consents',
  'bindings',
  // Not sealed, but each names a family whose categories or consent just changed.
  'member_repairs',
]
export const SENSITIVE_COLLECTIONS = [...new Set([...(Object.keys(SEALED_FIELDS) as CollectionName[]), ...PERSONAL])].sort()

/** 云开发控制台 › 数据库 › 集合 › 数据权限 › 自定义安全规则: no client read or write at all. */
export const SECURITY_RULE = { read: false, write: false } as const

type FunctionConfig = { timeout?: unknown; triggers?: unknown; permissions?: { openapi?: string[] } }
/** One entry of config.json `triggers`, the shape miniprogram-ci's createTimeTrigger takes as triggersConfig. */
export type TimerTrigger = { name: string; type: string; config: string }
export type FunctionPlan = { name: string; dir: string; timeout: number | null; triggers: TimerTrigger[]; openapi: string[] }
export type DeployPlan = {
  functions: FunctionPlan[]
  collections: CollectionName[]
  sensitive: string[]
  rule: typeof SECURITY_RULE
  indexes: string[]
  missing: string[]
  createCollections: boolean
}

export function cloudFunctionPlan(root: string): FunctionPlan[] {
  const src = join(root, 'cloudfunctions')
  return readdirSync(src)
    .filter((name) => existsSync(join(src, name, 'index.ts')))
    .sort()
    .map((name) => {
      const file = join(src, name, 'config.json')
      const config = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FunctionConfig) : {}
      return {
        name,
        dir: join('dist', 'cloudfunctions', name),
        timeout: typeof config.timeout === 'number' ? config.timeout : null,
        triggers: checkTriggers(name, config.triggers ?? []),
        openapi: config.permissions?.openapi ?? [],
      }
    })
}

/** A malformed trigger is a bug in the repository: stop the plan rather than deploy without it. */
function checkTriggers(fn: string, triggers: unknown): TimerTrigger[] {
  const ok = (t: unknown) => {
    const { name, type, config } = (t ?? {}) as Partial<Record<keyof TimerTrigger, unknown>>
    return typeof name === 'string' && type === 'timer' && typeof config === 'string'
  }
  if (Array.isArray(triggers) && triggers.every(ok)) return triggers as TimerTrigger[]
  throw new Error(`cloudfunctions/${fn}/config.json：triggers 应为 [{ name, type: "timer", config }]`)
}

export function deployPlan(root: string, env: Env): DeployPlan {
  return {
    functions: cloudFunctionPlan(root),
    collections: [...COLLECTION_NAMES],
    sensitive: SENSITIVE_COLLECTIONS,
    rule: SECURITY_RULE,
    indexes: indexLines(COLLECTIONS).lines,
    missing: Object.keys(DEPLOY_ENV).filter((k) => !env[k]),
    createCollections: Boolean(env.JF_APPSECRET),
  }
}

/** The plan as the IT person reads it (no credential is ever printed: only whether it is set). */
export function describePlan(plan: DeployPlan, env: Env): string[] {
  const out = ['== 部署计划 ==', '1. 构建：npm run build:weapp（dist/weapp）和 npm run build:cloud（dist/cloudfunctions）']
  out.push(`2. 上传小程序代码（miniprogram-ci upload，AppID ${env.JF_APPID ? '已设置' : '未设置'}）`)
  out.push(`3. 上传并部署 ${plan.functions.length} 个云函数到环境 ${env.JF_CLOUD_ENV ? '（已设置）' : '（未设置）'}，云端安装依赖：`)
  for (const f of plan.functions) {
    const extra = [f.timeout ? `超时 ${f.timeout}s` : '默认超时 3s', ...f.openapi.map((p) => `openapi ${p}`)]
    for (const t of f.triggers) extra.push(`定时触发器 ${t.name} "${t.config}"`)
    out.push(`   - ${f.name}（${extra.join('，')}）`)
  }
  out.push(
    `4. 创建 ${plan.collections.length} 个集合${plan.createCollections ? '（HTTP API）' : '（未设置 JF_APPSECRET：请在控制台手工创建）'}：`,
  )
  out.push(`   ${plan.collections.join(', ')}`)
  out.push('5. 在控制台为每个集合设置数据权限 › 自定义安全规则（客户端不可读写，一切读写经云函数）：')
  out.push(`   ${JSON.stringify(plan.rule)}`)
  out.push(`   其中含个人信息、务必确认的集合：${plan.sensitive.join(', ')}`)
  out.push('6. 在控制台创建索引（数据库 › 集合 › 索引管理）：', ...plan.indexes.map((l) => `   ${l}`))
  out.push('7. 在每个云函数的配置里设置环境变量 JF_DATA_KEY（32 字节密钥），scheduler 还需 JF_TMPL_* 模板 ID')
  return out
}
