// Production wiring for a cloud function: `export const main = cloudMain('roster', rosterRoutes)`.
import cloud from 'wx-server-sdk'
import { runScheduler } from '../../api/scheduler'
import type { RouteRegistry } from '../../api/dispatch'
import type { Deps, RouteTable } from '../../api/types'
import type { FnName } from '../../core/contract'
import { Errors, ok } from '../../core/result'
import { createFieldCipher } from '../crypto/field-cipher'
import { SealedStore } from '../crypto/sealed-store'
import { createCloudFiles, type CloudFilesApi } from './cloud-files'
import { createCloudMain } from './cloud-main'
import { createCloudNotifier, type SubscribeApi } from './cloud-notifier'
import { createCloudQr, type WxacodeApi } from './cloud-qr'
import { CloudStore, type CloudDb } from './cloud-store'

let deps: Deps | null = null

/** Initialise once per warm container, on the first call (not at import time). */
function getDeps(): Deps {
  if (deps) return deps
  // The data key is a cloud function environment variable (console → function config), never in code.
  const key = process.env.JF_DATA_KEY
  if (!key) throw new Error('JF_DATA_KEY is not set for this cloud function')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = (cloud.database as (config: object) => unknown)({ throwOnNotFound: false }) as CloudDb
  const store = new SealedStore(new CloudStore(db), createFieldCipher(key))
  deps = {
    store,
    files: createCloudFiles(cloud as unknown as CloudFilesApi, store),
    qr: createCloudQr(cloud as unknown as WxacodeApi),
    notifier: createCloudNotifier(cloud as unknown as SubscribeApi),
  }
  return deps
}

export function cloudMain<F extends FnName>(fn: F, table: RouteTable<F>) {
  return createCloudMain(fn, {
    routes: { [fn]: table } as RouteRegistry,
    getWXContext: () => cloud.getWXContext(),
    store: () => getDeps().store,
    files: () => getDeps().files,
    qr: () => getDeps().qr!,
    log: (line) => console.log(line),
  })
}

/** The timer-triggered reminder job. Only WeChat's trigger may run it: a user's call is refused. */
export function schedulerMain() {
  return async (_event: unknown, _context?: unknown) => {
    const wx = cloud.getWXContext() as { OPENID?: string; SOURCE?: string }
    if (wx.OPENID || !String(wx.SOURCE ?? '').includes('wx_trigger')) return Errors.forbidden()
    const d = getDeps()
    const stats = await runScheduler({ store: d.store, notifier: d.notifier! }, new Date())
    console.log(`[scheduler] ${JSON.stringify(stats)}`)
    return ok(stats)
  }
}
