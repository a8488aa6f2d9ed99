// Production wiring for a cloud function: `export const main = cloudMain('roster', rosterRoutes)`.
import cloud from 'wx-server-sdk'
import { runScheduler } from '../../api/scheduler'
import { StagedGate } from '../../api/roster-import/staged-gate'
import type { RouteRegistry } from '../../api/dispatch'
import type { Deps, RouteTable } from '../../api/types'
import type { FnName } from '../../core/contract'
import type { Workbooks } from '../../core/ports/workbooks'
import { Errors, ok } from '../../core/result'
import { createBlobCipher } from '../crypto/blob-cipher'
import { createFieldCipher } from '../crypto/field-cipher'
import { createKeyRing, parseKeyList } from '../crypto/key-ring'
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
  // The data keys are cloud function environment variables (console → function config), never in code:
  // JF_DATA_KEY seals, JF_DATA_KEYS_OLD still opens what older keys sealed while a rotation runs.
  const key = process.env.JF_DATA_KEY
  if (!key) throw new Error('JF_DATA_KEY is not set for this cloud function')
  const ring = createKeyRing(key, parseKeyList(process.env.JF_DATA_KEYS_OLD))
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = (cloud.database as (config: object) => unknown)({ throwOnNotFound: false }) as CloudDb
  // Staged roster imports stay hidden from every reader until they commit.
  const store = new StagedGate(new SealedStore(new CloudStore(db), createFieldCipher(ring)))
  deps = {
    store,
    files: createCloudFiles(cloud as unknown as CloudFilesApi, store, createBlobCipher(ring)),
    qr: createCloudQr(cloud as unknown as WxacodeApi),
    notifier: createCloudNotifier(cloud as unknown as SubscribeApi),
  }
  return deps
}

/** `extra.workbooks`: only the `imports` function passes it, so only its bundle carries exceljs. */
export function cloudMain<F extends FnName>(fn: F, table: RouteTable<F>, extra: { workbooks?: Workbooks } = {}) {
  return createCloudMain(fn, {
    routes: { [fn]: table } as RouteRegistry,
    getWXContext: () => cloud.getWXContext(),
    store: () => getDeps().store,
    files: () => getDeps().files,
    qr: () => getDeps().qr!,
    workbooks: extra.workbooks,
    log: (line) => console.log(line),
  })
}

/** The timer-triggered reminder job. Only WeChat's trigger may run it: a user's call is refused. */
export function schedulerMain() {
  return async (_event: unknown, _context?: unknown) => {
    const wx = cloud.getWXContext() as { OPENID?: string; SOURCE?: string }
    if (wx.OPENID || !String(wx.SOURCE ?? '').includes('wx_trigger')) return Errors.forbidden()
    const d = getDeps()
    const stats = await runScheduler({ store: d.store, notifier: d.notifier!, files: d.files }, new Date())
    console.log(`[scheduler] ${JSON.stringify(stats)}`)
    return ok(stats)
  }
}
